import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { PREPARED } from '@/lib/db/prepared-statements.ts';
import { sqlOf } from '@/lib/db/sql-tx.ts';
import { Prisma } from '@/lib/db/generated/client.ts';

export interface StaffOption {
  id: string;
  name: string;
}

/** Active staff by name: the people a ticket can be assigned to, or an API token can act as. */
export async function listActiveStaff(options: { actor: Actor | null }, tx: DbTx = db): Promise<StaffOption[]> {
  authorize(options.actor, { roles: STAFF_ROLES });
  return sqlOf(tx).query<StaffOption>(Prisma.sql`${PREPARED}
    SELECT id, name FROM "User"
    WHERE "isActive" AND role IN ('technician', 'account_manager', 'admin')
    ORDER BY name`);
}
