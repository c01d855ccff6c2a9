import { z } from 'zod';
import { db, type Db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { AppError } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { lockClientCmdb, RELATION_KINDS } from './asset-input.ts';

export const assetLinkSchema = z
  .object({
    fromId: z.uuid('Choose an asset.'),
    toId: z.uuid('Choose the other asset.'),
    kind: z.enum(RELATION_KINDS, { error: 'Choose “depends on” or “connected to”.' }),
  })
  .refine((link) => link.fromId !== link.toId, { message: 'An asset cannot be linked to itself.', path: ['toId'] });
export type AssetLinkInput = z.input<typeof assetLinkSchema>;

/** Both ends of a relationship, which must be assets of one client. */
export async function loadLinkEnds(tx: DbTx, link: { fromId: string; toId: string }) {
  const ends = await tx.asset.findMany({ where: { id: { in: [link.fromId, link.toId] } }, select: { id: true, name: true, clientId: true, lifecycle: true } });
  const from = ends.find((asset) => asset.id === link.fromId);
  const to = ends.find((asset) => asset.id === link.toId);
  if (!from) throw new AppError('not_found', 'The asset was not found.');
  if (!to) throw new AppError('invalid', 'Choose an existing asset to link to.', { fieldErrors: { toId: ['Choose an existing asset to link to.'] } });
  if (from.clientId !== to.clientId) {
    throw new AppError('invalid', 'Only assets of the same client can be linked.', { fieldErrors: { toId: ['Choose an asset of the same client.'] } });
  }
  return { from, to, clientId: from.clientId };
}

/** “A depends on B” or “A is connected to B” (connected-to counts in either direction). */
export async function linkAssets(options: { actor: Actor | null; input: AssetLinkInput }, database: Db = db): Promise<void> {
  const actor = authorize(options.actor, { roles: STAFF_ROLES });
  const input = parseOrThrow(assetLinkSchema, options.input);

  await database.$transaction(async (tx) => {
    const { from, to, clientId } = await loadLinkEnds(tx, input);
    const retired = [from, to].find((asset) => asset.lifecycle === 'retired');
    if (retired) {
      throw new AppError('invalid', `${retired.name} is retired; retired assets get no new relationships.`, { fieldErrors: { toId: [`${retired.name} is retired.`] } });
    }
    await lockClientCmdb(tx, clientId);
    const pairs = [{ fromId: from.id, toId: to.id }];
    if (input.kind === 'connected_to') pairs.push({ fromId: to.id, toId: from.id });
    const existing = await tx.assetRelation.findFirst({ where: { kind: input.kind, OR: pairs }, select: { fromId: true } });
    if (existing) {
      const verb = input.kind === 'depends_on' ? 'depends on' : 'is connected to';
      throw new AppError('conflict', `${from.name} already ${verb} ${to.name}.`, { fieldErrors: { toId: [`${from.name} already ${verb} ${to.name}.`] } });
    }
    await tx.assetRelation.create({ data: { fromId: from.id, toId: to.id, kind: input.kind } });
    await recordAudit(tx, {
      actor,
      action: 'asset.linked',
      entityType: 'Asset',
      entityId: from.id,
      clientId,
      after: { fromId: from.id, toId: to.id, kind: input.kind, toName: to.name },
    });
  });
}
