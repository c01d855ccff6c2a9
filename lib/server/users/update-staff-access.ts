import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES, type Role } from '@/lib/auth/roles.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { findStaffUser, refuseOwnAccount } from './staff-user.ts';
import { writeAccountActive } from './account-summary.ts';

export const changeStaffRoleSchema = z.object({
  userId: z.string(),
  role: z.enum(STAFF_ROLES, { error: 'Choose technician, account manager or administrator.' }),
});

/** An administrator changes a colleague's staff role (never their own). */
export async function changeStaffRole(
  options: { actor: Actor | null; input: z.input<typeof changeStaffRoleSchema> },
  database: Db = db,
): Promise<{ id: string; role: Role }> {
  const actor = authorize(options.actor, { roles: ['admin'] });
  const input = parseOrThrow(changeStaffRoleSchema, options.input);
  return database.$transaction(async (tx) => {
    const user = await findStaffUser(tx, input.userId);
    refuseOwnAccount(actor, user.id, 'change the role of');
    if (user.role === input.role) return { id: user.id, role: user.role };
    await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
    await recordAudit(tx, { actor, action: 'user.role_changed', entityType: 'User', entityId: user.id, before: { role: user.role }, after: { role: input.role } });
    return { id: user.id, role: input.role };
  });
}

export const setStaffActiveSchema = z.object({ userId: z.string(), isActive: z.boolean() });

/**
 * An administrator deactivates a colleague (signed out on their next request, API tokens stop
 * working, open links die) or reactivates them; never themselves.
 */
export async function setStaffActive(
  options: { actor: Actor | null; input: z.input<typeof setStaffActiveSchema>; now?: Date },
  database: Db = db,
): Promise<{ id: string; isActive: boolean }> {
  const actor = authorize(options.actor, { roles: ['admin'] });
  const input = parseOrThrow(setStaffActiveSchema, options.input);
  const now = options.now ?? new Date();
  return database.$transaction(async (tx) => {
    const user = await findStaffUser(tx, input.userId);
    refuseOwnAccount(actor, user.id, input.isActive ? 'reactivate' : 'deactivate');
    await writeAccountActive(tx, { actor, user, isActive: input.isActive, now });
    return { id: user.id, isActive: input.isActive };
  });
}
