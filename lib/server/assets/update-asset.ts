import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { assertNameFree, assertSiteOfClient, assetAuditSelect, assetFieldsSchema, lockClientCmdb } from './asset-input.ts';

/** Every field optional: a missing field stays as it is, a blank one is cleared. */
export const updateAssetSchema = assetFieldsSchema.partial();
export type UpdateAssetInput = z.input<typeof updateAssetSchema>;

/** Edits a configuration item (staff only); its client never changes. */
export async function updateAsset(
  options: { actor: Actor | null; assetId: string; input: UpdateAssetInput },
  database: Db = db,
): Promise<{ id: string; name: string; clientId: string }> {
  const actor = authorize(options.actor, { roles: STAFF_ROLES });
  const assetId = parseOrThrow(z.uuid('Choose an asset.'), options.assetId);
  const input = parseOrThrow(updateAssetSchema, options.input);

  return database.$transaction(async (tx) => {
    const located = await tx.asset.findUnique({ where: { id: assetId }, select: { clientId: true } });
    if (!located) throw notFound('The asset');
    await lockClientCmdb(tx, located.clientId);
    const before = await tx.asset.findUniqueOrThrow({ where: { id: assetId }, select: assetAuditSelect });
    if (input.name !== undefined && input.name.toLowerCase() !== before.name.toLowerCase()) {
      await assertNameFree(tx, { clientId: located.clientId, name: input.name, exceptId: assetId });
    }
    if (input.siteId) await assertSiteOfClient(tx, input.siteId, located.clientId);

    const isSupported = input.isSupported ?? before.isSupported;
    const after = await tx.asset.update({
      where: { id: assetId, clientId: located.clientId },
      data: {
        name: input.name,
        class: input.class,
        siteId: input.siteId,
        make: input.make,
        model: input.model,
        serialNumber: input.serialNumber,
        operatingSystem: input.operatingSystem,
        lifecycle: input.lifecycle,
        warrantyExpiresOn: input.warrantyExpiresOn,
        licenceExpiresOn: input.licenceExpiresOn,
        isSupported,
        unsupportedReason: isSupported ? null : input.unsupportedReason,
        notes: input.notes,
      },
      select: assetAuditSelect,
    });
    await recordAudit(tx, { actor, action: 'asset.updated', entityType: 'Asset', entityId: assetId, clientId: located.clientId, before, after });
    return { id: assetId, name: after.name, clientId: located.clientId };
  });
}
