import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { describeCalendar } from '@/lib/domain/calendar/index.ts';
import { loadTierVersions, tierVersionAt } from '@/lib/server/billing/load-terms.ts';
import { ADMIN_ONLY } from './tier-terms-input.ts';

export interface TierRow {
  id: string;
  name: string;
  isRetired: boolean;
  currentVersion: number;
  /** a later version already saved, taking effect in the future */
  scheduled: { version: number; effectiveFrom: string } | null;
  supportHours: string;
  helpdesk: string;
  standardRate: string;
  activeContracts: number;
  href: string;
}

/** Every tier with the version in force now and any version scheduled after it. */
export async function listTiers(options: { actor: Actor | null; now?: Date }, tx: DbTx = db): Promise<TierRow[]> {
  authorize(options.actor, ADMIN_ONLY);
  const now = options.now ?? new Date();
  const tiers = await tx.serviceTier.findMany({
    orderBy: [{ isRetired: 'asc' }, { sortOrder: 'asc' }, { name: 'asc' }],
    select: { id: true, name: true, isRetired: true, _count: { select: { contracts: { where: { status: 'active' } } } } },
  });
  const rows: TierRow[] = [];
  for (const tier of tiers) {
    const versions = await loadTierVersions(tx, tier.id, 'UTC');
    const current = tierVersionAt(versions, now);
    const scheduled = versions.filter((v) => v.effectiveFrom.getTime() > now.getTime()).at(-1) ?? null;
    rows.push({
      id: tier.id,
      name: tier.name,
      isRetired: tier.isRetired,
      currentVersion: current?.version ?? 0,
      scheduled: scheduled && scheduled !== current ? { version: scheduled.version, effectiveFrom: scheduled.effectiveFrom.toISOString() } : null,
      supportHours: current ? describeCalendar(current.calendar).replace(' (UTC)', ' (client’s local time)') : '—',
      helpdesk: current?.helpdeskSessionsPerMonth == null ? 'Unlimited' : `${current.helpdeskSessionsPerMonth} × ${current.helpdeskSessionMinutes} min a month`,
      standardRate: current?.standardRate ?? '—',
      activeContracts: tier._count.contracts,
      href: `/admin/tiers/${tier.id}`,
    });
  }
  return rows;
}
