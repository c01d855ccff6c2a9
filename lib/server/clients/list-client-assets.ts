import { z } from 'zod';
import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { CUSTOMER_ROLES, STAFF_ROLES } from '@/lib/auth/roles.ts';
import type { AssetClass } from '@/lib/db/generated/enums.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { findVisibleClient } from './find-visible-client.ts';

export interface ApiAsset {
  id: string;
  name: string;
  class: AssetClass;
  supported: boolean;
}

/** A client's configuration items; customers see only their own company's. */
export async function listClientAssets(options: { actor: Actor | null; clientId: string }, tx: DbTx = db): Promise<ApiAsset[]> {
  const actor = authorize(options.actor, { roles: [...STAFF_ROLES, ...CUSTOMER_ROLES] });
  const clientId = parseOrThrow(z.uuid('Choose a client.'), options.clientId);
  const client = await findVisibleClient(tx, actor, clientId);
  const assets = await tx.asset.findMany({
    where: { clientId: client.id },
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    select: { id: true, name: true, class: true, isSupported: true },
  });
  return assets.map((asset) => ({ id: asset.id, name: asset.name, class: asset.class, supported: asset.isSupported }));
}
