import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { isCustomerRole, STAFF_ROLES } from '@/lib/auth/roles.ts';
import { AppError } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { redecideTicketEntries } from '@/lib/server/billing/redecide-ticket-entries.ts';
import { settleEstimate } from './settle-estimate.ts';

export const approveEstimateSchema = z.object({
  estimateId: z.uuid('Choose an estimate.'),
  /** who gave consent: required when staff record consent given by phone or e-mail */
  approvedBy: z.string().trim().min(2, 'Name the person who approved (at least 2 characters).').max(200, 'Keep the name under 200 characters.').optional(),
});
export type ApproveEstimateInput = z.input<typeof approveEstimateSchema>;

/**
 * A customer admin approves their company's estimate, or staff record consent the customer
 * gave by phone (naming who gave it). Work on the ticket is then billed against the approval,
 * so its un-invoiced entries are decided again.
 */
export async function approveEstimate(
  options: { actor: Actor | null; input: ApproveEstimateInput; now?: Date },
  database: Db = db,
): Promise<{ id: string; ticketId: string; status: 'approved'; redecidedEntryIds: string[] }> {
  const actor = authorize(options.actor, { roles: ['customer_admin', ...STAFF_ROLES] });
  const input = parseOrThrow(approveEstimateSchema, options.input);
  const now = options.now ?? new Date();
  const isCustomer = isCustomerRole(actor.role);
  if (!isCustomer && !input.approvedBy) {
    const message = 'Name the customer who gave consent.';
    throw new AppError('invalid', message, { fieldErrors: { approvedBy: [message] } });
  }
  const approvedBy = input.approvedBy ?? actor.name;
  const note = isCustomer ? `Approved by ${approvedBy}.` : `Approved by ${approvedBy}; consent recorded by ${actor.name}.`;

  return database.$transaction(
    async (tx) => {
      const settled = await settleEstimate(tx, {
        actor,
        estimateId: input.estimateId,
        status: 'approved',
        note,
        audit: { approvedBy, consent: isCustomer ? 'portal' : 'recorded_by_staff', recordedBy: isCustomer ? null : actor.name },
        now,
      });
      const { changedEntryIds } = await redecideTicketEntries(tx, { ticketId: settled.ticketId, actor, cause: 'estimate_approved', now });
      return { id: settled.id, ticketId: settled.ticketId, status: 'approved' as const, redecidedEntryIds: changedEntryIds };
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}
