import { z } from 'zod';
import type { DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { AppError, notFound } from '@/lib/errors/app-error.ts';

/** A staff account by an id from a request; a customer's account is simply not found. */
export async function findStaffUser(tx: DbTx, unverifiedUserId: string) {
  const id = z.uuid().safeParse(unverifiedUserId);
  if (!id.success) throw notFound('The staff member');
  const user = await tx.user.findFirst({
    where: { id: id.data, role: { in: [...STAFF_ROLES] } },
    select: { id: true, name: true, email: true, role: true, isActive: true, teamId: true },
  });
  if (!user) throw notFound('The staff member');
  return user;
}

/** An admin never changes their own role or access here: there is always an admin left. */
export function refuseOwnAccount(actor: Actor, userId: string, what: string): void {
  if (actor.userId === userId) throw new AppError('forbidden', `You cannot ${what} your own account; ask another administrator.`);
}
