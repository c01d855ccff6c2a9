import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { authOptions } from './auth-options.ts';
import { loadActor } from '@/lib/server/auth/load-actor.ts';
import { authorize, type Requirement } from '@/lib/auth/authorize.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { homePathFor } from '@/lib/auth/roles.ts';
import { sessionCookieName, sessionTokenFromCookies, sessionUserIdFromToken } from '@/lib/auth/session-token.ts';
import { isAppError } from '@/lib/errors/app-error.ts';

/**
 * The user id of this request's session. `getServerSession` would do the same decode, but also
 * build next-auth's whole handler and re-encrypt a refreshed token only to drop the cookie (a page
 * cannot set one): about a millisecond of CPU on every page and action.
 */
async function sessionUserId(): Promise<string | null> {
  const name = sessionCookieName(process.env.NEXTAUTH_URL?.startsWith('https://') ?? false);
  const token = sessionTokenFromCookies((await cookies()).getAll(), name);
  if (!token) return null;
  const secret = authOptions.secret ?? process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!secret) throw new Error('NEXTAUTH_SECRET is not set.');
  return sessionUserIdFromToken(token, secret);
}

/** The signed-in actor for this request, read once per render; the user is re-read every time. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const userId = await sessionUserId();
  return userId ? loadActor(userId, 'session') : null;
});

/** For pages and layouts: sign-in when anonymous, the actor's own home when the role is wrong. */
export async function requirePageActor(requirement: Requirement): Promise<Actor> {
  const actor = await currentActor();
  try {
    return authorize(actor, requirement);
  } catch (error) {
    if (isAppError(error) && error.code === 'unauthenticated') redirect('/sign-in');
    if (isAppError(error) && error.code === 'forbidden' && actor) redirect(homePathFor(actor.role));
    throw error;
  }
}

/** Turns a use case's not-found into Next's 404 page. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (isAppError(error) && error.code === 'not_found') notFound();
    throw error;
  }
}
