import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { writeAccountActive } from './account-summary.ts';
import { findCompanyUser, refuseSelf } from './company-user.ts';

export const setUserActiveSchema = z.object({
  userId: z.string(),
  isActive: z.boolean(),
});

/**
 * A customer admin deactivates a colleague (signed out on their next request, since the
 * session is checked against the database) or reactivates them; never themselves.
 */
export async function setUserActive(
  options: { actor: Actor | null; input: z.input<typeof setUserActiveSchema>; now?: Date },
  database: Db = db,
): Promise<{ id: string; isActive: boolean }> {
  const actor = authorize(options.actor, { roles: ['customer_admin'] });
  const input = parseOrThrow(setUserActiveSchema, options.input);
  const now = options.now ?? new Date();
  return database.$transaction(async (tx) => {
    const user = await findCompanyUser(tx, actor, input.userId);
    refuseSelf(actor, user.id, input.isActive ? 'reactivate' : 'deactivate');
    await writeAccountActive(tx, { actor, user, isActive: input.isActive, now });
    return { id: user.id, isActive: input.isActive };
  });
}
