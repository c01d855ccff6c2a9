import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { AppError } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { lockClientCmdb } from './asset-input.ts';
import { assetLinkSchema, loadLinkEnds, type AssetLinkInput } from './link-assets.ts';

/** Removes a relationship; connected-to is matched in either direction. */
export async function unlinkAssets(options: { actor: Actor | null; input: AssetLinkInput }, database: Db = db): Promise<void> {
  const actor = authorize(options.actor, { roles: STAFF_ROLES });
  const input = parseOrThrow(assetLinkSchema, options.input);

  await database.$transaction(async (tx) => {
    const { from, to, clientId } = await loadLinkEnds(tx, input);
    await lockClientCmdb(tx, clientId);
    const pairs = [{ fromId: from.id, toId: to.id }];
    if (input.kind === 'connected_to') pairs.push({ fromId: to.id, toId: from.id });
    const { count } = await tx.assetRelation.deleteMany({ where: { kind: input.kind, OR: pairs } });
    if (count === 0) throw new AppError('not_found', 'That relationship was not found; it may have been removed already.');
    await recordAudit(tx, {
      actor,
      action: 'asset.unlinked',
      entityType: 'Asset',
      entityId: from.id,
      clientId,
      before: { fromId: from.id, toId: to.id, kind: input.kind, toName: to.name },
    });
  });
}
