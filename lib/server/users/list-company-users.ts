import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { CUSTOMER_ROLES, type Role } from '@/lib/auth/roles.ts';

export interface CompanyUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  isActive: boolean;
  /** invited and not yet chosen a password */
  isInvitePending: boolean;
  lastLoginAt: Date | null;
}

/** The portal users of the customer admin's own company. */
export async function listCompanyUsers(options: { actor: Actor | null }, tx: DbTx = db): Promise<CompanyUser[]> {
  const actor = authorize(options.actor, { roles: ['customer_admin'] });
  const rows = await tx.user.findMany({
    where: { clientId: actor.clientId!, role: { in: [...CUSTOMER_ROLES] } },
    orderBy: [{ isActive: 'desc' }, { name: 'asc' }],
    select: { id: true, name: true, email: true, role: true, isActive: true, lastLoginAt: true, passwordHash: true },
  });
  return rows.map(({ passwordHash, ...user }) => ({ ...user, isInvitePending: passwordHash === null }));
}
