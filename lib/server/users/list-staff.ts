import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { listAccounts, type AccountSummary } from './account-summary.ts';

export type StaffMember = AccountSummary;

/** Every staff account, active first, for the administrators' staff page. */
export async function listStaff(options: { actor: Actor | null }, tx: DbTx = db): Promise<StaffMember[]> {
  authorize(options.actor, { roles: ['admin'] });
  return listAccounts(tx, { role: { in: [...STAFF_ROLES] } });
}
