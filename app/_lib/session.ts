import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { notFound, redirect } from 'next/navigation';
import { authOptions } from './auth-options.ts';
import { loadActor } from '@/lib/server/auth/load-actor.ts';
import { authorize, type Requirement } from '@/lib/auth/authorize.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { homePathFor } from '@/lib/auth/roles.ts';
import { isAppError } from '@/lib/errors/app-error.ts';

/** The signed-in actor for this request, read once per render. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const userId = (session as { userId?: string } | null)?.userId;
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
