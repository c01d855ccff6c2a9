import type { DbTx } from '@/lib/db/client.ts';
import type { BusinessCalendar } from '@/lib/domain/calendar/index.ts';
import { resumeDueAt } from '@/lib/domain/sla/due-times.ts';
import { findGoverningContract, loadTierVersions, tierVersionAt } from '@/lib/server/billing/load-terms.ts';

export interface PausedTicket {
  clientId: string;
  contractId: string | null;
  clientTimezone: string;
  slaPausedAt: Date | null;
  slaPausedMinutes: number;
  responseDueAt: Date | null;
  resolutionDueAt: Date | null;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
}

/** The tier calendar the ticket's SLA counts in, as it was when the clock paused. */
async function slaCalendarAt(tx: DbTx, ticket: PausedTicket, at: Date): Promise<BusinessCalendar | null> {
  const contract = await findGoverningContract(tx, {
    clientId: ticket.clientId,
    clientTimezone: ticket.clientTimezone,
    ticketContractId: ticket.contractId,
    at,
  });
  if (!contract?.tierId) return null;
  return tierVersionAt(await loadTierVersions(tx, contract.tierId, ticket.clientTimezone), at)?.calendar ?? null;
}

/**
 * Leaving "waiting on customer": the paused minutes are added up, and each due time still
 * running gets back the working time it had left when the clock paused (by the tier's calendar;
 * without one, by the wall-clock time spent waiting).
 */
export async function resumeSlaClock(tx: DbTx, ticket: PausedTicket, now: Date) {
  if (!ticket.slaPausedAt) return {};
  const pausedAt = ticket.slaPausedAt;
  const elapsedMs = Math.max(0, now.getTime() - pausedAt.getTime());
  const calendar = ticket.responseDueAt || ticket.resolutionDueAt ? await slaCalendarAt(tx, ticket, pausedAt) : null;
  const resume = (dueAt: Date | null, isStillRunning: boolean): Date | null => {
    if (!dueAt || !isStillRunning) return dueAt;
    if (calendar) return resumeDueAt(calendar, dueAt, pausedAt, now);
    return dueAt.getTime() <= pausedAt.getTime() ? dueAt : new Date(dueAt.getTime() + elapsedMs);
  };
  return {
    slaPausedAt: null,
    slaPausedMinutes: ticket.slaPausedMinutes + Math.round(elapsedMs / 60_000),
    responseDueAt: resume(ticket.responseDueAt, !ticket.firstRespondedAt),
    resolutionDueAt: resume(ticket.resolutionDueAt, !ticket.resolvedAt),
  };
}
