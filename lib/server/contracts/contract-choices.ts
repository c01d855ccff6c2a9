import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { MANAGER_ROLES, STAFF_ROLES } from '@/lib/auth/roles.ts';

/** Tiers a new contract may use (not retired), for account managers and admins. */
export async function listTierChoices(options: { actor: Actor | null }, tx: DbTx = db): Promise<{ id: string; name: string }[]> {
  authorize(options.actor, { roles: MANAGER_ROLES });
  return tx.serviceTier.findMany({ where: { isRetired: false }, orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }], select: { id: true, name: true } });
}

export async function listClientOptions(options: { actor: Actor | null }, tx: DbTx = db): Promise<{ id: string; name: string }[]> {
  authorize(options.actor, { roles: STAFF_ROLES });
  return tx.client.findMany({ where: { status: { not: 'offboarded' } }, orderBy: { name: 'asc' }, select: { id: true, name: true } });
}

/** A client's in-service assets, to choose the ones a contract covers. */
export async function listCoverableAssets(options: { actor: Actor | null; clientId: string }, tx: DbTx = db) {
  authorize(options.actor, { roles: MANAGER_ROLES });
  return tx.asset.findMany({
    where: { clientId: options.clientId, lifecycle: { not: 'retired' } },
    orderBy: [{ class: 'asc' }, { name: 'asc' }],
    take: 2000,
    select: { id: true, name: true, class: true, isSupported: true },
  });
}
