import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { AppError, notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';

const assignSchema = z.object({ ticketId: z.uuid(), assigneeId: z.uuid().nullable() });

/** Gives a ticket to a staff member (or back to the queue); a new ticket becomes triaged. */
export async function assignTicket(options: { actor: Actor | null; input: z.input<typeof assignSchema>; now?: Date }, database: Db = db) {
  const actor = authorize(options.actor, { roles: STAFF_ROLES });
  const input = parseOrThrow(assignSchema, options.input);
  const now = options.now ?? new Date();
  return database.$transaction(async (tx) => {
    const ticket = await tx.ticket.findUnique({ where: { id: input.ticketId }, select: { id: true, status: true, assigneeId: true } });
    if (!ticket) throw notFound('The ticket');
    if (input.assigneeId) {
      const assignee = await tx.user.findFirst({ where: { id: input.assigneeId, isActive: true, role: { in: [...STAFF_ROLES] } }, select: { id: true } });
      if (!assignee) throw new AppError('invalid', 'Assign the ticket to an active staff member.', { fieldErrors: { assigneeId: ['Choose an active staff member.'] } });
    }
    if (ticket.assigneeId === input.assigneeId) return { id: ticket.id };
    await tx.ticket.update({
      where: { id: ticket.id },
      data: { assigneeId: input.assigneeId, ...(ticket.status === 'new' && input.assigneeId ? { status: 'triaged' } : {}) },
    });
    await tx.ticketEvent.create({ data: { ticketId: ticket.id, actorId: actor.userId, kind: 'assigned', data: { from: ticket.assigneeId, to: input.assigneeId }, createdAt: now } });
    return { id: ticket.id };
  });
}
