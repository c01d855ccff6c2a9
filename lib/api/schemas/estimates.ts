import { z } from 'zod';
import { approveEstimateSchema } from '@/lib/server/estimates/approve-estimate.ts';
import { estimateTermsSchema } from '@/lib/server/estimates/raise-estimate.ts';

/** description plus exactly one of minutes (hours estimate) or amount (flat fee, decimal string). */
export const raiseEstimateBodySchema = estimateTermsSchema;

/** Tokens act as staff, who record consent the customer gave: name who gave it. */
export const approveEstimateBodySchema = z.object({
  approvedBy: approveEstimateSchema.shape.approvedBy.unwrap(),
});

export const createdIdResponseSchema = z.object({ id: z.uuid() });

export const approveEstimateResponseSchema = z.object({
  id: z.uuid(),
  ticketId: z.uuid(),
  status: z.literal('approved'),
  redecidedEntryIds: z.array(z.uuid()),
});
