import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { CUSTOMER_ROLES, type Role } from '@/lib/auth/roles.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { findCompanyUser, refuseSelf } from './company-user.ts';

export const changeUserRoleSchema = z.object({
  userId: z.string(),
  role: z.enum(CUSTOMER_ROLES, { error: 'Choose user or admin.' }),
});

/** A customer admin makes a colleague a customer user or a customer admin (not themselves). */
export async function changeUserRole(
  options: { actor: Actor | null; input: z.input<typeof changeUserRoleSchema> },
  database: Db = db,
): Promise<{ id: string; role: Role }> {
  const actor = authorize(options.actor, { roles: ['customer_admin'] });
  const input = parseOrThrow(changeUserRoleSchema, options.input);
  return database.$transaction(async (tx) => {
    const user = await findCompanyUser(tx, actor, input.userId);
    refuseSelf(actor, user.id, 'change the role of');
    if (user.role === input.role) return { id: user.id, role: user.role };
    await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
    await recordAudit(tx, {
      actor,
      action: 'user.role_changed',
      entityType: 'User',
      entityId: user.id,
      clientId: user.clientId,
      before: { role: user.role },
      after: { role: input.role },
    });
    return { id: user.id, role: input.role };
  });
}
