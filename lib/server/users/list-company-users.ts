import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { CUSTOMER_ROLES } from '@/lib/auth/roles.ts';
import { listAccounts, type AccountSummary } from './account-summary.ts';

export type CompanyUser = AccountSummary;

/** The portal users of the customer admin's own company. */
export async function listCompanyUsers(options: { actor: Actor | null }, tx: DbTx = db): Promise<CompanyUser[]> {
  const actor = authorize(options.actor, { roles: ['customer_admin'] });
  return listAccounts(tx, { clientId: actor.clientId!, role: { in: [...CUSTOMER_ROLES] } });
}
