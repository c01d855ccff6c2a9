import { z } from 'zod';
import { recordRetainerPurchaseSchema } from '@/lib/server/retainer/record-retainer-purchase.ts';
import { instantSchema } from './common.ts';

export const retainerPurchaseBodySchema = recordRetainerPurchaseSchema.pick({ units: true, note: true }).extend({
  at: z
    .union([z.iso.date(), instantSchema], { error: 'Give a date (YYYY-MM-DD) or a date-time with offset.' })
    .optional()
    .describe('When the units start serving work: a date (from the start of that day in the client\'s timezone) or an instant; now when omitted'),
});

export const retainerPurchaseResponseSchema = z.object({ id: z.uuid(), balanceUnits: z.number().int() });

export const retainerResponseSchema = z.object({
  balanceUnits: z.number().int().describe('Sum of the ledger; 1 unit = 15 minutes'),
  entries: z.array(
    z.object({
      at: z.iso.datetime(),
      units: z.number().int().describe('Signed: purchases positive, draws negative'),
      kind: z.enum(['purchase', 'top_up', 'draw', 'reversal', 'expiry', 'adjustment']),
      timeEntryId: z.uuid().nullable(),
    }),
  ),
});
