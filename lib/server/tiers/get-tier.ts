import { z } from 'zod';
import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import type { ScenarioTest } from '@/lib/domain/billing/scenario.ts';
import { ADMIN_ONLY, type TierTerms } from './tier-terms-input.ts';
import { termsOfVersion, tierVersionSelect } from './tier-version-store.ts';
import { loadTierScenarios } from './tier-checks.ts';

export interface TierVersionSummary {
  id: string;
  version: number;
  effectiveFrom: Date;
  createdAt: Date;
  createdBy: string | null;
  status: 'past' | 'current' | 'scheduled';
  terms: TierTerms;
}

export interface TierDetail {
  id: string;
  name: string;
  description: string | null;
  isRetired: boolean;
  activeContracts: number;
  /** newest first */
  versions: TierVersionSummary[];
  /** the edit form starts from the latest version (which may be scheduled) */
  latestTerms: TierTerms | null;
  scenarios: ScenarioTest[];
  history: { id: string; action: string; actor: string | null; at: Date }[];
}

export async function getTier(options: { actor: Actor | null; tierId: string; now?: Date }, tx: DbTx = db): Promise<TierDetail> {
  authorize(options.actor, ADMIN_ONLY);
  const tierId = parseOrThrow(z.uuid('Choose a tier.'), options.tierId);
  const now = options.now ?? new Date();
  const tier = await tx.serviceTier.findUnique({
    where: { id: tierId },
    select: {
      id: true,
      name: true,
      description: true,
      isRetired: true,
      _count: { select: { contracts: { where: { status: 'active' } } } },
      versions: { orderBy: { version: 'desc' }, select: { ...tierVersionSelect, createdAt: true, createdById: true } },
    },
  });
  if (!tier) throw notFound('The tier');
  const creatorIds = [...new Set(tier.versions.flatMap((v) => (v.createdById ? [v.createdById] : [])))];
  const [creators, audits, scenarios] = await Promise.all([
    tx.user.findMany({ where: { id: { in: creatorIds } }, select: { id: true, name: true } }),
    tx.auditLog.findMany({
      where: { entityType: 'ServiceTier', entityId: tier.id },
      orderBy: { createdAt: 'desc' },
      take: 50,
      select: { id: true, action: true, createdAt: true, actor: { select: { name: true } } },
    }),
    loadTierScenarios(tx, tier.id),
  ]);
  const nameOf = new Map(creators.map((u) => [u.id, u.name]));
  const currentId = [...tier.versions].reverse().filter((v) => v.effectiveFrom.getTime() <= now.getTime()).at(-1)?.id ?? tier.versions.at(-1)?.id;
  const versions = tier.versions.map((v): TierVersionSummary => ({
    id: v.id,
    version: v.version,
    effectiveFrom: v.effectiveFrom,
    createdAt: v.createdAt,
    createdBy: v.createdById ? (nameOf.get(v.createdById) ?? null) : null,
    status: v.id === currentId ? 'current' : v.effectiveFrom.getTime() > now.getTime() ? 'scheduled' : 'past',
    terms: termsOfVersion(v),
  }));
  return {
    id: tier.id,
    name: tier.name,
    description: tier.description,
    isRetired: tier.isRetired,
    activeContracts: tier._count.contracts,
    versions,
    latestTerms: versions[0]?.terms ?? null,
    scenarios,
    history: audits.map((a) => ({ id: a.id.toString(), action: a.action, actor: a.actor?.name ?? null, at: a.createdAt })),
  };
}
