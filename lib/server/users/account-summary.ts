import type { DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import type { Role } from '@/lib/auth/roles.ts';
import type { Prisma } from '@/lib/db/generated/client.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';

/** One account as the user lists of the portal (a company's) and the admin (staff) show it. */
export interface AccountSummary {
  id: string;
  name: string;
  email: string;
  role: Role;
  isActive: boolean;
  /** invited and not yet chosen a password */
  isInvitePending: boolean;
  /** staff only: the team whose queue they share */
  teamId: string | null;
  lastLoginAt: Date | null;
}

/** Active first, then by name. */
export async function listAccounts(tx: DbTx, where: Prisma.UserWhereInput): Promise<AccountSummary[]> {
  const rows = await tx.user.findMany({
    where,
    orderBy: [{ isActive: 'desc' }, { name: 'asc' }],
    select: { id: true, name: true, email: true, role: true, isActive: true, lastLoginAt: true, passwordHash: true, teamId: true },
  });
  return rows.map(({ passwordHash, ...user }) => ({ ...user, isInvitePending: passwordHash === null }));
}

/**
 * Deactivates (signed out on the next request, since sessions are checked against the
 * database; open invitation and reset links die with it) or reactivates an account, audited.
 */
export async function writeAccountActive(
  tx: DbTx,
  options: { actor: Actor; user: { id: string; isActive: boolean; clientId?: string | null }; isActive: boolean; now: Date },
): Promise<void> {
  const { actor, user, isActive, now } = options;
  if (user.isActive === isActive) return;
  await tx.user.update({ where: { id: user.id }, data: { isActive } });
  if (!isActive) await tx.userToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: now } });
  await recordAudit(tx, {
    actor,
    action: isActive ? 'user.reactivated' : 'user.deactivated',
    entityType: 'User',
    entityId: user.id,
    clientId: user.clientId ?? null,
    before: { isActive: user.isActive },
    after: { isActive },
  });
}
