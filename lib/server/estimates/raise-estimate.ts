import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { AppError, notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { notifyCustomerAdminsStatement } from '@/lib/server/notifications/notify-users.ts';
import { statusChangeData } from '@/lib/server/tickets/ticket-status.ts';
import { estimateTicketSelect } from './estimate-ticket.ts';

export const MONEY_PATTERN = /^\d{1,10}(\.\d{1,2})?$/;

/** What an estimate asks consent for: hours (as minutes) or a flat fee, exactly one. */
export const estimateTermsSchema = z
  .object({
    description: z.string({ error: 'Describe the work.' }).trim().min(3, 'Describe the work in at least 3 characters.').max(5000, 'Keep the description under 5,000 characters.'),
    minutes: z.number({ error: 'Give the estimate in whole minutes.' }).int('Give the estimate in whole minutes.').positive('The estimate must be more than zero minutes.').max(100_000, 'That estimate is too large.').optional(),
    amount: z.string({ error: 'Give the amount as a decimal string such as "450.00".' }).regex(MONEY_PATTERN, 'Give the amount as a decimal string such as "450.00".').refine((v) => Number(v) > 0, 'The amount must be more than zero.').optional(),
  })
  .refine((v) => (v.minutes === undefined) !== (v.amount === undefined), {
    path: ['minutes'],
    message: 'Give either minutes (an hours estimate) or amount (a flat fee), not both.',
  });

export const raiseEstimateSchema = estimateTermsSchema.extend({ ticketId: z.uuid('Choose a ticket.') });
export type RaiseEstimateInput = z.input<typeof raiseEstimateSchema>;

/**
 * Staff ask the customer to consent to billable work: the ticket waits for approval and the
 * client's customer admins are told.
 */
export async function raiseEstimate(
  options: { actor: Actor | null; input: RaiseEstimateInput; now?: Date },
  database: Db = db,
): Promise<{ id: string; ticketId: string }> {
  const actor = authorize(options.actor, { roles: STAFF_ROLES });
  const input = parseOrThrow(raiseEstimateSchema, options.input);
  const now = options.now ?? new Date();

  return database.$transaction(async (tx) => {
    const ticket = await tx.ticket.findUnique({ where: { id: input.ticketId }, select: estimateTicketSelect });
    if (!ticket) throw notFound('The ticket');
    if (ticket.mergedIntoId) throw new AppError('conflict', 'This ticket was merged; raise the estimate on the ticket it was merged into.');
    if (ticket.status === 'resolved' || ticket.status === 'closed') {
      throw new AppError('conflict', `This ticket is ${ticket.status}; reopen it before raising an estimate.`);
    }
    const pending = await tx.estimate.count({ where: { ticketId: ticket.id, status: 'pending' } });
    if (pending) throw new AppError('conflict', 'This ticket already has an estimate waiting for approval.');

    const estimate = await tx.estimate.create({
      data: {
        ticketId: ticket.id,
        clientId: ticket.clientId,
        description: input.description,
        minutes: input.minutes ?? null,
        amount: input.amount ?? null,
        requestedById: actor.userId,
        createdAt: now,
      },
      select: { id: true },
    });
    const statusData = await statusChangeData(tx, { ...ticket, clientTimezone: ticket.client.timezone }, 'awaiting_approval', now);
    await tx.ticket.update({ where: { id: ticket.id }, data: statusData });
    await tx.ticketEvent.createMany({
      data: [
        { ticketId: ticket.id, actorId: actor.userId, kind: 'estimate_raised', data: { estimateId: estimate.id, minutes: input.minutes ?? null, amount: input.amount ?? null }, createdAt: now },
        ...(ticket.status !== 'awaiting_approval'
          ? [{ ticketId: ticket.id, actorId: actor.userId, kind: 'status_changed', data: { from: ticket.status, to: 'awaiting_approval' }, createdAt: now }]
          : []),
      ],
    });
    await recordAudit(tx, {
      actor,
      action: 'estimate.raised',
      entityType: 'Estimate',
      entityId: estimate.id,
      clientId: ticket.clientId,
      after: { ticket: ticket.number, description: input.description, minutes: input.minutes ?? null, amount: input.amount ?? null },
    });
    const what = input.amount ? `a flat fee of ${input.amount}` : `${input.minutes} minutes of work`;
    await tx.$executeRaw(notifyCustomerAdminsStatement(ticket.clientId, {
      kind: 'estimate_raised',
      title: `Approval needed on ticket #${ticket.number}`,
      body: `We estimate ${what}: ${input.description}`,
      link: `/portal/tickets/${ticket.number}`,
      dedupeKey: `estimate-raised:${estimate.id}`,
    }));
    return { id: estimate.id, ticketId: ticket.id };
  });
}
