import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { CUSTOMER_ROLES } from '@/lib/auth/roles.ts';
import { ticketsVisibleTo } from '@/lib/db/scope.ts';
import { AppError, notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';

export const rateTicketSchema = z.object({
  ticketId: z.uuid('Choose a ticket.'),
  score: z.coerce.number({ error: 'Choose a rating from 1 to 5.' }).int('Choose a rating from 1 to 5.').min(1, 'Choose a rating from 1 to 5.').max(5, 'Choose a rating from 1 to 5.'),
  comment: z.string().trim().max(2_000, 'Keep the comment under 2,000 characters.').optional(),
});

/** The customer rates how a resolved or closed ticket was handled, once (1–5 and a comment). */
export async function rateTicket(
  options: { actor: Actor | null; input: z.input<typeof rateTicketSchema>; now?: Date },
  database: Db = db,
): Promise<{ id: string; score: number }> {
  const actor = authorize(options.actor, { roles: CUSTOMER_ROLES });
  const input = parseOrThrow(rateTicketSchema, options.input);
  const now = options.now ?? new Date();

  return database.$transaction(async (tx) => {
    const ticket = await tx.ticket.findFirst({
      where: { AND: [ticketsVisibleTo(actor), { id: input.ticketId }] },
      select: { id: true, status: true },
    });
    if (!ticket) throw notFound('The ticket');
    if (ticket.status !== 'resolved' && ticket.status !== 'closed') throw new AppError('conflict', 'You can rate a ticket once it is resolved.');
    // once: only a ticket without a score takes one, even when two ratings race
    const rated = await tx.ticket.updateMany({
      where: { id: ticket.id, satisfactionScore: null },
      data: { satisfactionScore: input.score, satisfactionComment: input.comment || null },
    });
    if (rated.count === 0) throw new AppError('conflict', 'This ticket has already been rated.');
    await tx.ticketEvent.create({ data: { ticketId: ticket.id, actorId: actor.userId, kind: 'rated', data: { score: input.score }, createdAt: now } });
    return { id: ticket.id, score: input.score };
  });
}
