import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { isCustomerRole, STAFF_ROLES } from '@/lib/auth/roles.ts';
import { AppError } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { notifyUsers } from '@/lib/server/notifications/notify-users.ts';
import { settleEstimate } from './settle-estimate.ts';

export const rejectEstimateSchema = z.object({
  estimateId: z.uuid('Choose an estimate.'),
  reason: z.string({ error: 'Say why the estimate is rejected.' }).trim().min(3, 'Say why the estimate is rejected (at least 3 characters).').max(2000, 'Keep the reason under 2,000 characters.'),
  /** who declined: required when staff record a refusal given by phone or e-mail */
  rejectedBy: z.string().trim().min(2).max(200).optional(),
});
export type RejectEstimateInput = z.input<typeof rejectEstimateSchema>;

/** The customer declines the work; whoever raised the estimate is told. */
export async function rejectEstimate(
  options: { actor: Actor | null; input: RejectEstimateInput; now?: Date },
  database: Db = db,
): Promise<{ id: string; ticketId: string; status: 'rejected' }> {
  const actor = authorize(options.actor, { roles: ['customer_admin', ...STAFF_ROLES] });
  const input = parseOrThrow(rejectEstimateSchema, options.input);
  const now = options.now ?? new Date();
  const isCustomer = isCustomerRole(actor.role);
  if (!isCustomer && !input.rejectedBy) {
    const message = 'Name the customer who declined.';
    throw new AppError('invalid', message, { fieldErrors: { rejectedBy: [message] } });
  }
  const rejectedBy = input.rejectedBy ?? actor.name;

  return database.$transaction(async (tx) => {
    const settled = await settleEstimate(tx, {
      actor,
      estimateId: input.estimateId,
      status: 'rejected',
      note: input.reason,
      audit: { rejectedBy, reason: input.reason, consent: isCustomer ? 'portal' : 'recorded_by_staff' },
      now,
    });
    await notifyUsers(tx, [settled.requestedById], {
      kind: 'estimate_rejected',
      title: `Estimate rejected on ticket #${settled.ticketNumber}`,
      body: `${rejectedBy}: ${input.reason}`,
      link: `/console/tickets/${settled.ticketNumber}`,
      dedupeKey: `estimate-rejected:${settled.id}`,
    });
    return { id: settled.id, ticketId: settled.ticketId, status: 'rejected' as const };
  });
}
