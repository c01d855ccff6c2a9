'use server';

import { z } from 'zod';
import { action } from '@/app/_lib/action.ts';
import { approveEstimate } from '@/lib/server/estimates/approve-estimate.ts';
import { rejectEstimate } from '@/lib/server/estimates/reject-estimate.ts';

const ref = { estimateId: z.uuid(), ticketNumber: z.coerce.number().int().positive() };

/** Only a customer admin consents to billable work for their company. */
export const approveEstimateAction = action(z.object(ref), { roles: ['customer_admin'] }, async (input, actor) => {
  await approveEstimate({ actor, input: { estimateId: input.estimateId } });
  return { message: 'Approved. The work will be billed against this estimate.', revalidate: [`/portal/tickets/${input.ticketNumber}`, '/portal/approvals'] };
});

export const rejectEstimateAction = action(z.object({ ...ref, reason: z.string() }), { roles: ['customer_admin'] }, async (input, actor) => {
  await rejectEstimate({ actor, input: { estimateId: input.estimateId, reason: input.reason } });
  return { message: 'Rejected. Your technician has been told.', revalidate: [`/portal/tickets/${input.ticketNumber}`, '/portal/approvals'] };
});
