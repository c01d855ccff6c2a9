import { z } from 'zod';
import { db, type DbTx } from '@/lib/db/client.ts';
import type { AssetClass, AssetLifecycle, AssetRelationKind } from '@/lib/db/generated/enums.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { CUSTOMER_ROLES, isCustomerRole, STAFF_ROLES } from '@/lib/auth/roles.ts';
import { clientScopeFor } from '@/lib/db/scope.ts';
import { notFound } from '@/lib/errors/app-error.ts';
import { loadAssetHistory, type AssetHistoryEntry } from './asset-history.ts';

export type { AssetHistoryEntry } from './asset-history.ts';

export interface AssetRelationshipView {
  /** outgoing: this asset depends on / is connected to the other; incoming: the other one does */
  direction: 'outgoing' | 'incoming';
  kind: AssetRelationKind;
  other: { id: string; name: string; class: AssetClass; lifecycle: AssetLifecycle };
}

export interface AssetView {
  id: string;
  name: string;
  class: AssetClass;
  lifecycle: AssetLifecycle;
  make: string | null;
  model: string | null;
  serialNumber: string | null;
  operatingSystem: string | null;
  warrantyExpiresOn: Date | null;
  licenceExpiresOn: Date | null;
  isSupported: boolean;
  unsupportedReason: string | null;
  /** internal notes: staff only */
  notes: string | null;
  createdAt: Date;
  updatedAt: Date;
  client: { id: string; name: string; timezone: string };
  site: { id: string; name: string } | null;
  relationships: AssetRelationshipView[];
  /** tickets (incl. changes and maintenance runs), monitoring alerts and covering contracts, newest first */
  history: AssetHistoryEntry[];
}

const otherSelect = { id: true, name: true, class: true, lifecycle: true } as const;

/** A configuration item with its relationships both ways and its history; another client's is not found. */
export async function getAsset(options: { actor: Actor | null; assetId: string }, tx: DbTx = db): Promise<AssetView> {
  const actor = authorize(options.actor, { roles: [...STAFF_ROLES, ...CUSTOMER_ROLES] });
  // a malformed id from a URL is simply not found
  const parsedId = z.uuid().safeParse(options.assetId);
  if (!parsedId.success) throw notFound('The asset');
  const assetId = parsedId.data;

  const asset = await tx.asset.findFirst({
    where: { id: assetId, ...clientScopeFor(actor) },
    select: {
      id: true,
      name: true,
      class: true,
      lifecycle: true,
      make: true,
      model: true,
      serialNumber: true,
      operatingSystem: true,
      warrantyExpiresOn: true,
      licenceExpiresOn: true,
      isSupported: true,
      unsupportedReason: true,
      notes: true,
      createdAt: true,
      updatedAt: true,
      client: { select: { id: true, name: true, timezone: true } },
      site: { select: { id: true, name: true } },
      relationsFrom: { select: { kind: true, to: { select: otherSelect } } },
      relationsTo: { select: { kind: true, from: { select: otherSelect } } },
    },
  });
  if (!asset) throw notFound('The asset');

  const { relationsFrom, relationsTo, ...details } = asset;
  const relationships: AssetRelationshipView[] = [
    ...relationsFrom.map((relation) => ({ direction: 'outgoing' as const, kind: relation.kind, other: relation.to })),
    ...relationsTo.map((relation) => ({ direction: 'incoming' as const, kind: relation.kind, other: relation.from })),
  ].sort((a, b) => a.kind.localeCompare(b.kind) || a.other.name.localeCompare(b.other.name));

  const history = await loadAssetHistory(tx, actor, { id: asset.id, clientId: asset.client.id, class: asset.class });
  return { ...details, notes: isCustomerRole(actor.role) ? null : details.notes, relationships, history };
}
