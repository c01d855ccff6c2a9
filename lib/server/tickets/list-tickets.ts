import { z } from 'zod';
import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { ticketsVisibleTo } from '@/lib/db/scope.ts';
import type { Prisma } from '@/lib/db/generated/client.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';

import { OPEN_STATUSES } from './ticket-queues.ts';
import { ticketListSelect, toTicketListItem, type TicketListItem } from './ticket-list-item.ts';

export { OPEN_STATUSES };

export const listTicketsSchema = z.object({
  view: z.enum(['open', 'all', 'closed']).default('open'),
  q: z.string().trim().max(200).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(5).max(100).default(25),
});

export type { TicketListItem };

/** One page of the tickets an actor may see, newest (or soonest due, for open queues) first. */
export async function listTickets(
  options: { actor: Actor; input: z.input<typeof listTicketsSchema> },
  tx: DbTx = db,
): Promise<{ items: TicketListItem[]; total: number; page: number; pageCount: number }> {
  const input = parseOrThrow(listTicketsSchema, options.input);
  const where: Prisma.TicketWhereInput = {
    AND: [
      ticketsVisibleTo(options.actor),
      input.view === 'open' ? { status: { in: [...OPEN_STATUSES] } } : input.view === 'closed' ? { status: { in: ['resolved', 'closed'] } } : {},
      input.q
        ? {
            OR: [
              { subject: { contains: input.q, mode: 'insensitive' } },
              ...(/^\d+$/.test(input.q) ? [{ number: Number(input.q) }] : []),
            ],
          }
        : {},
    ],
  };
  const [rows, total] = await Promise.all([
    tx.ticket.findMany({
      where,
      orderBy: input.view === 'open' ? [{ resolutionDueAt: { sort: 'asc', nulls: 'last' } }, { number: 'desc' }] : [{ number: 'desc' }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: ticketListSelect,
    }),
    tx.ticket.count({ where }),
  ]);
  return {
    items: rows.map(toTicketListItem),
    total,
    page: input.page,
    pageCount: Math.max(1, Math.ceil(total / input.pageSize)),
  };
}
