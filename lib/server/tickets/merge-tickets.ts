import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { AppError, notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { redecideTicketEntries } from '@/lib/server/billing/redecide-ticket-entries.ts';

const mergeSchema = z.object({ sourceTicketId: z.uuid(), targetNumber: z.coerce.number().int().positive('Enter the number of the ticket to keep.') });

/**
 * Folds a duplicate into the ticket that is kept: its conversation and un-invoiced time move
 * over (and are decided again under the kept ticket's facts); the duplicate is closed.
 */
export async function mergeTickets(options: { actor: Actor | null; input: z.input<typeof mergeSchema>; now?: Date }, database: Db = db) {
  const actor = authorize(options.actor, { roles: STAFF_ROLES });
  const input = parseOrThrow(mergeSchema, options.input);
  const now = options.now ?? new Date();
  return database.$transaction(
    async (tx) => {
      const source = await tx.ticket.findUnique({ where: { id: input.sourceTicketId }, select: { id: true, number: true, clientId: true, status: true, mergedIntoId: true } });
      if (!source) throw notFound('The ticket');
      const target = await tx.ticket.findUnique({ where: { number: input.targetNumber }, select: { id: true, number: true, clientId: true, status: true, mergedIntoId: true } });
      if (!target) throw new AppError('invalid', `There is no ticket #${input.targetNumber}.`, { fieldErrors: { targetNumber: ['No such ticket.'] } });
      if (target.id === source.id) throw new AppError('invalid', 'A ticket cannot be merged into itself.', { fieldErrors: { targetNumber: ['Choose another ticket.'] } });
      if (target.clientId !== source.clientId) throw new AppError('invalid', 'Only tickets of the same client can be merged.', { fieldErrors: { targetNumber: ['That ticket belongs to another client.'] } });
      if (source.mergedIntoId || target.mergedIntoId) throw new AppError('conflict', 'One of these tickets was already merged.');
      if (target.status === 'closed') throw new AppError('conflict', `#${target.number} is closed; merge into an open ticket.`);
      if (await tx.timeEntry.count({ where: { ticketId: source.id, lockedAt: { not: null } } })) {
        throw new AppError('conflict', 'This ticket has invoiced time; it cannot be merged.');
      }
      await tx.ticketComment.updateMany({ where: { ticketId: source.id }, data: { ticketId: target.id } });
      await tx.timeEntry.updateMany({ where: { ticketId: source.id }, data: { ticketId: target.id } });
      await tx.runningTimer.updateMany({ where: { ticketId: source.id }, data: { ticketId: target.id } });
      await tx.ticket.update({ where: { id: source.id }, data: { mergedIntoId: target.id, status: 'closed', closedAt: now } });
      await tx.ticketEvent.createMany({
        data: [
          { ticketId: source.id, actorId: actor.userId, kind: 'merged_into', data: { number: target.number }, createdAt: now },
          { ticketId: target.id, actorId: actor.userId, kind: 'merged_from', data: { number: source.number }, createdAt: now },
        ],
      });
      const { changedEntryIds } = await redecideTicketEntries(tx, { ticketId: target.id, actor, cause: 'tickets_merged', now });
      await recordAudit(tx, { actor, action: 'ticket.merged', entityType: 'Ticket', entityId: source.id, clientId: source.clientId, after: { mergedInto: target.number, redecided: changedEntryIds.length } });
      return { targetNumber: target.number, redecidedEntryIds: changedEntryIds };
    },
    { timeout: 30_000 },
  );
}
