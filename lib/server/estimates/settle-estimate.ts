import type { DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { clientScopeFor } from '@/lib/db/scope.ts';
import { AppError, notFound } from '@/lib/errors/app-error.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { statusChangeData } from '@/lib/server/tickets/ticket-status.ts';
import { estimateTicketSelect } from './estimate-ticket.ts';

export interface SettledEstimate {
  id: string;
  ticketId: string;
  ticketNumber: number;
  clientId: string;
  requestedById: string;
  status: 'approved' | 'rejected';
}

/**
 * Records the customer's answer to a pending estimate (approved or rejected) and lets the ticket
 * move on. Customers reach only their own company's estimates; another's is not found.
 */
export async function settleEstimate(
  tx: DbTx,
  input: { actor: Actor; estimateId: string; status: 'approved' | 'rejected'; note: string; audit: Record<string, unknown>; now: Date },
): Promise<SettledEstimate> {
  const { actor, now } = input;
  const estimate = await tx.estimate.findFirst({
    where: { id: input.estimateId, ...clientScopeFor(actor) },
    select: { id: true, status: true, clientId: true, requestedById: true, minutes: true, amount: true, ticket: { select: estimateTicketSelect } },
  });
  if (!estimate) throw notFound('The estimate');
  // conditional, so two people answering at once cannot both succeed
  const updated = await tx.estimate.updateMany({
    where: { id: estimate.id, status: 'pending' },
    data: { status: input.status, decidedById: actor.userId, decidedAt: now, decisionNote: input.note },
  });
  if (updated.count === 0) throw new AppError('conflict', `This estimate is already ${estimate.status}; only pending estimates can be ${input.status}.`);

  const ticket = estimate.ticket;
  const otherPending = await tx.estimate.count({ where: { ticketId: ticket.id, status: 'pending' } });
  const movesOn = ticket.status === 'awaiting_approval' && otherPending === 0;
  if (movesOn) {
    await tx.ticket.update({
      where: { id: ticket.id },
      data: await statusChangeData(tx, { ...ticket, clientTimezone: ticket.client.timezone }, 'in_progress', now),
    });
  }
  await tx.ticketEvent.createMany({
    data: [
      { ticketId: ticket.id, actorId: actor.userId, kind: `estimate_${input.status}`, data: { estimateId: estimate.id, note: input.note }, createdAt: now },
      ...(movesOn ? [{ ticketId: ticket.id, actorId: actor.userId, kind: 'status_changed', data: { from: ticket.status, to: 'in_progress' }, createdAt: now }] : []),
    ],
  });
  await recordAudit(tx, {
    actor,
    action: `estimate.${input.status}`,
    entityType: 'Estimate',
    entityId: estimate.id,
    clientId: estimate.clientId,
    before: { status: estimate.status },
    after: { status: input.status, ticket: ticket.number, minutes: estimate.minutes, amount: estimate.amount, ...input.audit },
  });
  return {
    id: estimate.id,
    ticketId: ticket.id,
    ticketNumber: ticket.number,
    clientId: estimate.clientId,
    requestedById: estimate.requestedById,
    status: input.status,
  };
}
