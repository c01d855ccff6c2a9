import type { Db } from '@/lib/db/client.ts';
import { formatDateTime } from '@/lib/utils/format.ts';
import { deliverNotice, inOwnTransaction } from './deliver-notice.ts';
import { admins } from './recipients.ts';

/** Older breaches were reported by earlier runs (the scan runs hourly); this bounds the work. */
export const SLA_LOOKBACK_DAYS = 7;
const RUNNING = ['new', 'triaged', 'in_progress', 'awaiting_approval'] as const;

/** Tickets whose resolution target passed while the clock runs → the assignee, or the admins when unassigned. */
export async function scanSlaBreaches(database: Db, now: Date): Promise<number> {
  const tickets = await database.ticket.findMany({
    where: {
      status: { in: [...RUNNING] },
      mergedIntoId: null,
      slaPausedAt: null,
      resolutionDueAt: { lt: now, gte: new Date(now.getTime() - SLA_LOOKBACK_DAYS * 86_400_000) },
    },
    select: { id: true, number: true, subject: true, priority: true, resolutionDueAt: true, client: { select: { name: true, timezone: true } }, assignee: { select: { id: true, email: true, isActive: true } } },
    take: 2000,
  });
  let created = 0;
  for (const ticket of tickets) {
    created += await inOwnTransaction(database, `sla-breached:${ticket.id}`, async (tx) => {
      const recipients = ticket.assignee?.isActive ? [{ id: ticket.assignee.id, email: ticket.assignee.email }] : await admins(tx);
      return deliverNotice(tx, recipients, {
        kind: 'sla_breached',
        title: `SLA breached: #${ticket.number} ${ticket.subject}`,
        body: `The ${ticket.priority} resolution target for ${ticket.client.name} passed at ${formatDateTime(ticket.resolutionDueAt, ticket.client.timezone)} (${ticket.client.timezone}) and the ticket is still open.`,
        link: `/console/tickets/${ticket.number}`,
        dedupeKey: `sla-breached:${ticket.id}`,
      });
    });
  }
  return created;
}
