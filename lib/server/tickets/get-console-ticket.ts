import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { notFound } from '@/lib/errors/app-error.ts';
import type { TicketView } from './get-ticket.ts';
import { loadConsoleTicketRow } from './console-ticket-sql.ts';
import { buildTicketTimeline, type TimelineItem } from './ticket-timeline.ts';

export interface ConsoleTicket {
  ticket: TicketView;
  timeline: TimelineItem[];
  /** who the ticket can be assigned to */
  staff: { id: string; name: string }[];
  /** the viewer's own running timer, on this ticket or another */
  runningTimer: { ticketNumber: number; startedAt: Date } | null;
}

/** ticket numbers are PostgreSQL integers */
const MAX_TICKET_NUMBER = 2_147_483_647;
const date = (iso: string) => new Date(iso);
const optionalDate = (iso: string | null) => (iso ? new Date(iso) : null);

/**
 * The technician's ticket page, read once: the ticket as `getTicket` shows it to staff, its
 * timeline made from the same rows (plus events, alerts and who raised and decided estimates),
 * the assignee choices and the viewer's running timer.
 */
export async function getConsoleTicket(options: { actor: Actor | null; number: number }, tx: DbTx = db): Promise<ConsoleTicket> {
  const actor = authorize(options.actor, { roles: STAFF_ROLES });
  if (!Number.isSafeInteger(options.number) || options.number < 1 || options.number > MAX_TICKET_NUMBER) throw notFound('The ticket');
  const row = await loadConsoleTicketRow(tx, { number: options.number, viewerId: actor.userId });
  if (!row) throw notFound('The ticket');
  const comments = row.comments.map((c) => ({ ...c, createdAt: date(c.createdAt) }));
  const estimates = row.estimates.map((e) => ({ ...e, createdAt: date(e.createdAt), decidedAt: optionalDate(e.decidedAt) }));
  const timeEntries = row.timeEntries.map((e) => ({ ...e, startedAt: date(e.startedAt), endedAt: date(e.endedAt) }));
  const ticket: TicketView = {
    id: row.id,
    number: row.number,
    subject: row.subject,
    description: row.description,
    type: row.type,
    phase: row.phase,
    priority: row.priority,
    status: row.status,
    channel: row.channel,
    client: row.client,
    requesterName: row.requesterName,
    assignee: row.assignee,
    responseDueAt: row.responseDueAt,
    resolutionDueAt: row.resolutionDueAt,
    firstRespondedAt: row.firstRespondedAt,
    resolvedAt: row.resolvedAt,
    createdAt: row.createdAt,
    assets: row.assets,
    comments: comments.map((c) => ({ id: c.id, authorName: c.authorName ?? 'System', body: c.body, isInternal: c.isInternal, createdAt: c.createdAt })),
    estimates: estimates.map((e) => ({ id: e.id, description: e.description, minutes: e.minutes, amount: e.amount, status: e.status, decisionNote: e.decisionNote, createdAt: e.createdAt })),
    timeEntries: timeEntries.map((e) => ({
      id: e.id,
      technicianName: e.technicianName,
      startedAt: e.startedAt,
      endedAt: e.endedAt,
      minutes: e.minutes,
      mode: e.mode,
      notes: e.notes,
      isLocked: e.isLocked,
      decision: e.decision,
    })),
  };
  const timeline = buildTicketTimeline({
    comments,
    events: row.events.map((e) => ({ ...e, createdAt: date(e.createdAt) })),
    timeEntries: timeEntries.map((e) => ({ ...e, outcome: e.decision?.outcome ?? null })),
    estimates,
    alerts: row.alerts.map((a) => ({ ...a, receivedAt: date(a.receivedAt) })),
  });
  const runningTimer = row.runningTimer ? { ticketNumber: row.runningTimer.ticketNumber, startedAt: date(row.runningTimer.startedAt) } : null;
  return { ticket, timeline, staff: row.staff, runningTimer };
}
