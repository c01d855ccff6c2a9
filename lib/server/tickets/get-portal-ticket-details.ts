import { z } from 'zod';
import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { CUSTOMER_ROLES } from '@/lib/auth/roles.ts';
import { ticketsVisibleTo } from '@/lib/db/scope.ts';
import { isWithinReopenWindow, reopenDeadline } from '@/lib/domain/tickets/reopen-window.ts';
import { notFound } from '@/lib/errors/app-error.ts';
import { listTicketAttachments, type AttachmentListItem } from '@/lib/server/attachments/list-ticket-attachments.ts';
import { ticketSlaPromise } from './ticket-sla-promise.ts';

export interface PortalTicketDetails {
  slaPromise: string | null;
  satisfaction: { score: number; comment: string | null } | null;
  canRate: boolean;
  /** 'open': nothing to reopen; 'allowed' until `deadline`; 'expired' after it; 'closed' once closed */
  reopen: { state: 'open' | 'allowed' | 'expired' | 'closed'; deadline: Date | null };
  attachments: AttachmentListItem[];
}

/** What the portal's ticket page adds to `getTicket`: the promise, rating, reopening, files. */
export async function getPortalTicketDetails(
  options: { actor: Actor | null; ticketId: string; now?: Date },
  tx: DbTx = db,
): Promise<PortalTicketDetails> {
  const actor = authorize(options.actor, { roles: CUSTOMER_ROLES });
  const now = options.now ?? new Date();
  const ticketId = z.uuid().safeParse(options.ticketId);
  if (!ticketId.success) throw notFound('The ticket');
  const ticket = await tx.ticket.findFirst({
    where: { AND: [ticketsVisibleTo(actor), { id: ticketId.data }] },
    select: {
      id: true,
      clientId: true,
      contractId: true,
      priority: true,
      status: true,
      createdAt: true,
      resolvedAt: true,
      satisfactionScore: true,
      satisfactionComment: true,
      client: { select: { timezone: true } },
    },
  });
  if (!ticket) throw notFound('The ticket');
  const [slaPromise, attachments] = await Promise.all([
    ticketSlaPromise(tx, { ...ticket, clientTimezone: ticket.client.timezone }),
    listTicketAttachments({ actor, ticketId: ticket.id }, tx),
  ]);
  const isDone = ticket.status === 'resolved' || ticket.status === 'closed';
  const reopenState = ticket.status === 'closed' ? 'closed' : ticket.status !== 'resolved' ? 'open' : isWithinReopenWindow(ticket.resolvedAt, now) ? 'allowed' : 'expired';
  return {
    slaPromise,
    satisfaction: ticket.satisfactionScore === null ? null : { score: ticket.satisfactionScore, comment: ticket.satisfactionComment },
    canRate: isDone && ticket.satisfactionScore === null,
    reopen: { state: reopenState, deadline: reopenDeadline(ticket.resolvedAt) },
    attachments,
  };
}
