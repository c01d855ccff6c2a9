import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { CUSTOMER_ROLES } from '@/lib/auth/roles.ts';
import { ticketsVisibleTo } from '@/lib/db/scope.ts';
import { isWithinReopenWindow, REOPEN_WINDOW_DAYS } from '@/lib/domain/tickets/reopen-window.ts';
import { AppError, notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { statusChangeData, statusTicketSelect } from './ticket-status.ts';

export const reopenTicketSchema = z.object({
  ticketId: z.uuid('Choose a ticket.'),
  reason: z.string().trim().min(3, 'Tell us what is still wrong (at least 3 characters).').max(5_000, 'Keep it under 5,000 characters.'),
});

/**
 * A customer reopens a resolved ticket within 7 days of its resolution: it goes back to
 * "in progress" and their reason becomes a public reply. Later, or once closed, they open a
 * new request instead.
 */
export async function reopenTicket(
  options: { actor: Actor | null; input: z.input<typeof reopenTicketSchema>; now?: Date },
  database: Db = db,
): Promise<{ id: string; number: number }> {
  const actor = authorize(options.actor, { roles: CUSTOMER_ROLES });
  const input = parseOrThrow(reopenTicketSchema, options.input);
  const now = options.now ?? new Date();

  return database.$transaction(async (tx) => {
    const ticket = await tx.ticket.findFirst({
      where: { AND: [ticketsVisibleTo(actor), { id: input.ticketId }] },
      select: statusTicketSelect,
    });
    if (!ticket) throw notFound('The ticket');
    if (ticket.status === 'closed') throw new AppError('conflict', 'This ticket is closed; please open a new request and mention its number.');
    if (ticket.status !== 'resolved') throw new AppError('conflict', 'Only a resolved ticket can be reopened; this one is still open.');
    if (!isWithinReopenWindow(ticket.resolvedAt, now)) {
      throw new AppError('refused', `This ticket was resolved more than ${REOPEN_WINDOW_DAYS} days ago, so it can no longer be reopened. Please open a new request and mention #${ticket.number}.`);
    }
    const statusData = await statusChangeData(tx, { ...ticket, clientTimezone: ticket.client.timezone }, 'in_progress', now);
    // a concurrent change (the desk closing it) wins: reopen only what is still resolved
    const updated = await tx.ticket.updateMany({ where: { id: ticket.id, status: 'resolved' }, data: statusData });
    if (updated.count === 0) throw new AppError('conflict', 'This ticket changed meanwhile; reload the page and try again.');
    await tx.ticketComment.create({ data: { ticketId: ticket.id, authorId: actor.userId, body: `Reopened: ${input.reason}`, createdAt: now } });
    await tx.ticketEvent.create({
      data: { ticketId: ticket.id, actorId: actor.userId, kind: 'status_changed', data: { from: 'resolved', to: 'in_progress', cause: 'customer_reopened' }, createdAt: now },
    });
    return { id: ticket.id, number: ticket.number };
  });
}
