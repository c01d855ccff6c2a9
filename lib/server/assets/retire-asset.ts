import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { AppError, notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';

/** Takes a configuration item out of service; its history and relationships stay. */
export async function retireAsset(
  options: { actor: Actor | null; assetId: string },
  database: Db = db,
): Promise<{ id: string; name: string; clientId: string }> {
  const actor = authorize(options.actor, { roles: STAFF_ROLES });
  const assetId = parseOrThrow(z.uuid('Choose an asset.'), options.assetId);

  return database.$transaction(async (tx) => {
    const asset = await tx.asset.findUnique({ where: { id: assetId }, select: { id: true, name: true, clientId: true, lifecycle: true } });
    if (!asset) throw notFound('The asset');
    // the conditional update makes a concurrent second retire find nothing to change
    const { count } = await tx.asset.updateMany({ where: { id: asset.id, clientId: asset.clientId, lifecycle: { not: 'retired' } }, data: { lifecycle: 'retired' } });
    if (count === 0) throw new AppError('conflict', `${asset.name} is already retired.`);
    await recordAudit(tx, {
      actor,
      action: 'asset.retired',
      entityType: 'Asset',
      entityId: asset.id,
      clientId: asset.clientId,
      before: { lifecycle: asset.lifecycle },
      after: { lifecycle: 'retired' },
    });
    return { id: asset.id, name: asset.name, clientId: asset.clientId };
  });
}
