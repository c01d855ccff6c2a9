import { z } from 'zod';
import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { CUSTOMER_ROLES, STAFF_ROLES } from '@/lib/auth/roles.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';

const markSchema = z.object({ notificationId: z.uuid('Choose a notification.').optional() });

/** Marks one of the user's notices read, or all of them; another user's id simply matches nothing. */
export async function markNotificationsRead(options: { actor: Actor | null; input: z.input<typeof markSchema>; now?: Date }, tx: DbTx = db): Promise<number> {
  const actor = authorize(options.actor, { roles: [...STAFF_ROLES, ...CUSTOMER_ROLES] });
  const input = parseOrThrow(markSchema, options.input);
  const result = await tx.notification.updateMany({
    where: { userId: actor.userId, readAt: null, ...(input.notificationId ? { id: input.notificationId } : {}) },
    data: { readAt: options.now ?? new Date() },
  });
  return result.count;
}
