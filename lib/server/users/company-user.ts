import { z } from 'zod';
import type { DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { CUSTOMER_ROLES } from '@/lib/auth/roles.ts';
import { AppError, notFound } from '@/lib/errors/app-error.ts';

/**
 * A user of the actor's own company, by an id from a request. Another company's user, or a
 * staff member, is simply not found.
 */
export async function findCompanyUser(tx: DbTx, actor: Actor, unverifiedUserId: string) {
  const id = z.uuid().safeParse(unverifiedUserId);
  if (!id.success) throw notFound('The user');
  const user = await tx.user.findFirst({
    where: { id: id.data, clientId: actor.clientId!, role: { in: [...CUSTOMER_ROLES] } },
    select: { id: true, name: true, email: true, role: true, isActive: true, clientId: true },
  });
  if (!user) throw notFound('The user');
  return user;
}

/** Customer admins manage their colleagues, never their own account (no lock-outs by accident). */
export function refuseSelf(actor: Actor, userId: string, what: string): void {
  if (actor.userId === userId) throw new AppError('forbidden', `You cannot ${what} your own account; ask another admin of your company.`);
}
