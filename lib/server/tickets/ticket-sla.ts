import type { DbTx } from '@/lib/db/client.ts';
import type { Priority } from '@/lib/db/generated/enums.ts';
import { slaDueTimes } from '@/lib/domain/sla/due-times.ts';
import { loadTierVersions, tierVersionAt } from '@/lib/server/billing/load-terms.ts';

/** Due times from the tier of the client's governing contract; none when no tier promises any. */
export async function computeTicketSla(
  tx: DbTx,
  input: { tierId: string | null; clientTimezone: string; priority: Priority; openedAt: Date },
): Promise<{ responseDueAt: Date | null; resolutionDueAt: Date | null }> {
  if (!input.tierId) return { responseDueAt: null, resolutionDueAt: null };
  const version = tierVersionAt(await loadTierVersions(tx, input.tierId, input.clientTimezone), input.openedAt);
  if (!version) return { responseDueAt: null, resolutionDueAt: null };
  const target = await tx.tierTarget.findUnique({
    where: { tierVersionId_priority: { tierVersionId: version.tierVersionId, priority: input.priority } },
    select: { responseMinutes: true, resolutionMinutes: true },
  });
  if (!target) return { responseDueAt: null, resolutionDueAt: null };
  return slaDueTimes(version.calendar, target, input.openedAt);
}

/** Channels the client's tier allows (all when the client has no tier). */
export async function allowedChannels(tx: DbTx, input: { tierId: string | null; at: Date }) {
  const all = ['portal', 'email', 'phone', 'hotline'] as const;
  if (!input.tierId) return [...all];
  const version = await tx.tierVersion.findFirst({
    where: { tierId: input.tierId, effectiveFrom: { lte: input.at } },
    orderBy: { effectiveFrom: 'desc' },
    select: { channels: true },
  });
  return version?.channels ?? [...all];
}
