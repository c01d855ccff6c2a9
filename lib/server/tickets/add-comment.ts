import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { CUSTOMER_ROLES, STAFF_ROLES, isCustomerRole } from '@/lib/auth/roles.ts';
import { ticketsVisibleTo } from '@/lib/db/scope.ts';
import { AppError, notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { statusChangeData, statusTicketSelect } from './ticket-status.ts';

export const addCommentSchema = z.object({
  ticketId: z.uuid(),
  body: z.string().trim().min(1, 'Write something before sending.').max(20_000, 'Keep a reply under 20,000 characters.'),
  isInternal: z.coerce.boolean().default(false),
});

/**
 * A public reply or an internal note. The first public staff reply is the SLA's first response;
 * a customer's reply to a ticket waiting on them starts the clock again.
 */
export async function addComment(
  options: { actor: Actor | null; input: z.input<typeof addCommentSchema>; now?: Date },
  database: Db = db,
): Promise<{ id: string }> {
  const actor = authorize(options.actor, { roles: [...STAFF_ROLES, ...CUSTOMER_ROLES] });
  const input = parseOrThrow(addCommentSchema, options.input);
  const isCustomer = isCustomerRole(actor.role);
  if (isCustomer && input.isInternal) throw new AppError('forbidden', 'Customers cannot write internal notes.');
  const now = options.now ?? new Date();

  return database.$transaction(async (tx) => {
    const ticket = await tx.ticket.findFirst({
      where: { AND: [ticketsVisibleTo(actor), { id: input.ticketId }] },
      select: statusTicketSelect,
    });
    if (!ticket) throw notFound('The ticket');
    if (ticket.status === 'closed') throw new AppError('conflict', 'This ticket is closed; open a new one instead.');
    const comment = await tx.ticketComment.create({
      data: { ticketId: ticket.id, authorId: actor.userId, body: input.body, isInternal: input.isInternal, createdAt: now },
      select: { id: true },
    });

    const isFirstResponse = !isCustomer && !input.isInternal && !ticket.firstRespondedAt;
    const resumes = isCustomer && ticket.status === 'waiting_on_customer';
    const statusData = resumes
      ? await statusChangeData(tx, { ...ticket, clientTimezone: ticket.client.timezone }, 'in_progress', now)
      : {};
    if (isFirstResponse || resumes) {
      await tx.ticket.update({
        where: { id: ticket.id },
        data: {
          ...statusData,
          ...(isFirstResponse
            ? { firstRespondedAt: now, isResponseMet: ticket.responseDueAt ? now.getTime() <= ticket.responseDueAt.getTime() : null }
            : {}),
        },
      });
    }
    if (resumes) {
      await tx.ticketEvent.create({ data: { ticketId: ticket.id, actorId: actor.userId, kind: 'status_changed', data: { from: 'waiting_on_customer', to: 'in_progress', cause: 'customer_replied' }, createdAt: now } });
    }
    return comment;
  });
}
