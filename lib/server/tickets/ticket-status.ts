import type { DbTx } from '@/lib/db/client.ts';
import type { TicketStatus } from '@/lib/db/generated/enums.ts';
import { AppError } from '@/lib/errors/app-error.ts';
import { resumeSlaClock, type PausedTicket } from './sla-clock.ts';

export const TICKET_STATUSES = ['new', 'triaged', 'in_progress', 'waiting_on_customer', 'awaiting_approval', 'resolved', 'closed'] as const;

/** The lifecycle: new → triaged → in progress ⇄ waiting on customer → awaiting approval → resolved → closed. */
const NEXT_STATUSES: Record<TicketStatus, readonly TicketStatus[]> = {
  new: ['triaged', 'in_progress'],
  triaged: ['in_progress', 'awaiting_approval'],
  in_progress: ['waiting_on_customer', 'awaiting_approval', 'resolved'],
  waiting_on_customer: ['in_progress', 'resolved'],
  awaiting_approval: ['in_progress', 'resolved'],
  resolved: ['closed', 'in_progress'],
  closed: [],
};

export function allowedNextStatuses(from: TicketStatus): readonly TicketStatus[] {
  return NEXT_STATUSES[from];
}

export function assertStatusTransition(from: TicketStatus, to: TicketStatus): void {
  if (from === to || NEXT_STATUSES[from].includes(to)) return;
  const allowed = NEXT_STATUSES[from];
  const message = allowed.length
    ? `A ticket cannot go from ${from} to ${to}; from ${from} it can go to ${allowed.join(', ')}.`
    : `A ${from} ticket cannot change status.`;
  throw new AppError('invalid', message, { fieldErrors: { status: [message] } });
}

export type StatusTicket = PausedTicket & { status: TicketStatus };

/** What a status change needs to read of a ticket (with the client's timezone for the clock). */
export const statusTicketSelect = {
  id: true,
  number: true,
  status: true,
  clientId: true,
  contractId: true,
  slaPausedAt: true,
  slaPausedMinutes: true,
  responseDueAt: true,
  resolutionDueAt: true,
  firstRespondedAt: true,
  resolvedAt: true,
  client: { select: { timezone: true } },
} as const;

/**
 * The column changes of a status change: resolved/closed times, and the SLA clock pausing
 * while the ticket waits on the customer. Assumes the transition was checked.
 */
export async function statusChangeData(tx: DbTx, ticket: StatusTicket, to: TicketStatus, now: Date) {
  if (ticket.status === to) return {};
  const resumed = ticket.status === 'waiting_on_customer' ? await resumeSlaClock(tx, ticket, now) : {};
  const resolutionDueAt = 'resolutionDueAt' in resumed ? resumed.resolutionDueAt : ticket.resolutionDueAt;
  return {
    status: to,
    ...resumed,
    ...(to === 'waiting_on_customer' ? { slaPausedAt: now } : {}),
    ...(to === 'resolved'
      ? { resolvedAt: now, isResolutionMet: resolutionDueAt ? now.getTime() <= resolutionDueAt.getTime() : null }
      : {}),
    ...(to === 'closed' ? { closedAt: now } : {}),
    // reopening: the ticket is no longer resolved
    ...(ticket.status === 'resolved' && to === 'in_progress' ? { resolvedAt: null, isResolutionMet: null } : {}),
  };
}
