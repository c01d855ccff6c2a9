import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { AppError } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { assertNameFree, assertSiteOfClient, assetAuditSelect, assetFieldsSchema, lockClientCmdb } from './asset-input.ts';

export const createAssetSchema = assetFieldsSchema.extend({ clientId: z.uuid('Choose a client.') });
export type CreateAssetInput = z.input<typeof createAssetSchema>;

/** Adds a configuration item to a client's CMDB (staff only). */
export async function createAsset(
  options: { actor: Actor | null; input: CreateAssetInput },
  database: Db = db,
): Promise<{ id: string; name: string; clientId: string }> {
  const actor = authorize(options.actor, { roles: STAFF_ROLES });
  const input = parseOrThrow(createAssetSchema, options.input);

  return database.$transaction(async (tx) => {
    const client = await tx.client.findUnique({ where: { id: input.clientId }, select: { id: true } });
    if (!client) throw new AppError('invalid', 'Choose a client.', { fieldErrors: { clientId: ['Choose a client.'] } });
    await lockClientCmdb(tx, client.id);
    await assertNameFree(tx, { clientId: client.id, name: input.name });
    if (input.siteId) await assertSiteOfClient(tx, input.siteId, client.id);

    const isSupported = input.isSupported ?? true;
    const asset = await tx.asset.create({
      data: {
        clientId: client.id,
        name: input.name,
        class: input.class,
        siteId: input.siteId ?? null,
        make: input.make ?? null,
        model: input.model ?? null,
        serialNumber: input.serialNumber ?? null,
        operatingSystem: input.operatingSystem ?? null,
        lifecycle: input.lifecycle ?? 'active',
        warrantyExpiresOn: input.warrantyExpiresOn ?? null,
        licenceExpiresOn: input.licenceExpiresOn ?? null,
        isSupported,
        unsupportedReason: isSupported ? null : (input.unsupportedReason ?? null),
        notes: input.notes ?? null,
      },
      select: { id: true, clientId: true, ...assetAuditSelect },
    });
    await recordAudit(tx, { actor, action: 'asset.created', entityType: 'Asset', entityId: asset.id, clientId: client.id, after: asset });
    return { id: asset.id, name: asset.name, clientId: asset.clientId };
  });
}
