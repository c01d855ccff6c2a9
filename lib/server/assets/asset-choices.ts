import { db, type DbTx } from '@/lib/db/client.ts';
import type { AssetClass } from '@/lib/db/generated/enums.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';

export interface ClientChoice {
  id: string;
  name: string;
  sites: { id: string; name: string }[];
}

/** Clients and their sites, for the CMDB's filters and forms (staff only). */
export async function listClientChoices(options: { actor: Actor | null }, tx: DbTx = db): Promise<ClientChoice[]> {
  authorize(options.actor, { roles: STAFF_ROLES });
  return tx.client.findMany({
    where: { status: { not: 'offboarded' } },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, sites: { orderBy: { name: 'asc' }, select: { id: true, name: true } } },
  });
}

/** The other in-service assets of the same client, which an asset may be linked to. */
export async function listLinkCandidates(
  options: { actor: Actor | null; clientId: string; exceptAssetId: string },
  tx: DbTx = db,
): Promise<{ id: string; name: string; class: AssetClass }[]> {
  authorize(options.actor, { roles: STAFF_ROLES });
  return tx.asset.findMany({
    where: { clientId: options.clientId, id: { not: options.exceptAssetId }, lifecycle: { not: 'retired' } },
    orderBy: { name: 'asc' },
    take: 1000,
    select: { id: true, name: true, class: true },
  });
}
