import { z } from 'zod';
import { instantSchema } from './common.ts';

export const createTimeEntryBodySchema = z.object({
  startedAt: instantSchema,
  endedAt: instantSchema,
  mode: z.enum(['remote', 'onsite', 'phone'], { error: 'Choose remote, onsite or phone.' }),
  notes: z.string().max(5000, 'Notes are limited to 5,000 characters.').optional(),
});

const outcomes = z.enum(['covered', 'retainer', 'billable', 'non_billable', 'refused']);

export const timeEntryResponseSchema = z.object({
  id: z.uuid(),
  decision: z.object({
    parts: z.array(
      z.object({
        outcome: outcomes,
        minutes: z.number().int(),
        units: z.number().int().describe('Retainer units (15 minutes each) drawn or billed as overage'),
        rate: z.string().nullable().describe('Decimal string'),
        amount: z.string().describe('Decimal string'),
      }),
    ),
    rule: z.string(),
    reason: z.string().describe('One sentence a customer can read'),
    needsApproval: z.boolean(),
  }),
});
