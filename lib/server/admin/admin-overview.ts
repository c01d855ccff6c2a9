import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { MANAGER_ROLES } from '@/lib/auth/roles.ts';
import { describeCalendar } from '@/lib/domain/calendar/index.ts';
import { loadTierVersions, tierVersionAt } from '@/lib/server/billing/load-terms.ts';
import { listClientSummaries, type ClientSummary } from '@/lib/server/clients/list-client-summaries.ts';

export type { ClientSummary };

export interface TierSummary {
  id: string;
  name: string;
  isRetired: boolean;
  version: number;
  supportHours: string;
  channels: string[];
  helpdesk: string;
  standardRate: string;
  clientCount: number;
}


/** What the admin home lists: the tiers as they stand today and every client with its agreement. */
export async function adminOverview(options: { actor: Actor | null; now?: Date }, tx: DbTx = db) {
  authorize(options.actor, { roles: MANAGER_ROLES });
  const now = options.now ?? new Date();
  const tiers = await tx.serviceTier.findMany({ orderBy: [{ isRetired: 'asc' }, { sortOrder: 'asc' }], select: { id: true, name: true, isRetired: true } });
  const tierSummaries: TierSummary[] = [];
  for (const tier of tiers) {
    const version = tierVersionAt(await loadTierVersions(tx, tier.id, 'UTC'), now);
    const [clientCount, channels] = await Promise.all([
      tx.contract.count({ where: { tierId: tier.id, status: 'active' } }),
      version ? tx.tierVersion.findUnique({ where: { id: version.tierVersionId }, select: { channels: true } }) : null,
    ]);
    tierSummaries.push({
      id: tier.id,
      name: tier.name,
      isRetired: tier.isRetired,
      version: version?.version ?? 0,
      // hours are read in each client's own timezone
      supportHours: version ? describeCalendar(version.calendar).replace(' (UTC)', ' local time') : '—',
      channels: channels?.channels ?? [],
      helpdesk: version?.helpdeskSessionsPerMonth == null ? 'Unlimited' : `${version.helpdeskSessionsPerMonth} × ${version.helpdeskSessionMinutes} min a month`,
      standardRate: version?.standardRate ?? '—',
      clientCount,
    });
  }
  const clientSummaries = await listClientSummaries({ actor: options.actor }, tx);
  return { tiers: tierSummaries, clients: clientSummaries };
}
