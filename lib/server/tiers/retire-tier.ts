import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { ADMIN_ONLY } from './tier-terms-input.ts';

const retireTierSchema = z.object({ tierId: z.uuid('Choose a tier.'), isRetired: z.boolean() });

/**
 * Retires a tier (no new contracts may use it; running contracts keep it until they end) or
 * reinstates it.
 */
export async function retireTier(
  options: { actor: Actor | null; input: z.input<typeof retireTierSchema> },
  database: Db = db,
): Promise<{ name: string; isRetired: boolean; activeContracts: number }> {
  const actor = authorize(options.actor, ADMIN_ONLY);
  const input = parseOrThrow(retireTierSchema, options.input);
  return database.$transaction(async (tx) => {
    const tier = await tx.serviceTier.findUnique({ where: { id: input.tierId }, select: { id: true, name: true, isRetired: true } });
    if (!tier) throw notFound('The tier');
    const activeContracts = await tx.contract.count({ where: { tierId: tier.id, status: 'active' } });
    if (tier.isRetired === input.isRetired) return { name: tier.name, isRetired: tier.isRetired, activeContracts };
    await tx.serviceTier.update({ where: { id: tier.id }, data: { isRetired: input.isRetired } });
    await recordAudit(tx, {
      actor,
      action: input.isRetired ? 'tier.retired' : 'tier.reinstated',
      entityType: 'ServiceTier',
      entityId: tier.id,
      before: { isRetired: tier.isRetired },
      after: { isRetired: input.isRetired, activeContracts },
    });
    return { name: tier.name, isRetired: input.isRetired, activeContracts };
  });
}
