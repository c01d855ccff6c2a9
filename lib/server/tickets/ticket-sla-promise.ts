import type { DbTx } from '@/lib/db/client.ts';
import type { Priority } from '@/lib/db/generated/enums.ts';
import { describeCalendar } from '@/lib/domain/calendar/index.ts';
import { describeSlaPromise } from '@/lib/domain/sla/describe-promise.ts';
import { findGoverningContract, loadTierVersions, tierVersionAt } from '@/lib/server/billing/load-terms.ts';

/**
 * The SLA that applied when a ticket was opened, in plain words; null when no tier promises
 * one (retainer or time-and-materials clients).
 */
export async function ticketSlaPromise(
  tx: DbTx,
  ticket: { clientId: string; contractId: string | null; clientTimezone: string; priority: Priority; createdAt: Date },
): Promise<string | null> {
  const contract = await findGoverningContract(tx, { clientId: ticket.clientId, clientTimezone: ticket.clientTimezone, ticketContractId: ticket.contractId, at: ticket.createdAt });
  if (!contract?.tierId) return null;
  const version = tierVersionAt(await loadTierVersions(tx, contract.tierId, ticket.clientTimezone), ticket.createdAt);
  if (!version) return null;
  const target = await tx.tierTarget.findUnique({
    where: { tierVersionId_priority: { tierVersionId: version.tierVersionId, priority: ticket.priority } },
    select: { responseMinutes: true, resolutionMinutes: true },
  });
  if (!target) return null;
  return describeSlaPromise({
    ...target,
    is24x7: version.calendar.is24x7,
    supportHours: describeCalendar({ ...version.calendar, holidays: [] }),
  });
}
