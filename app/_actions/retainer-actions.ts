'use server';

import { z } from 'zod';
import { action } from '@/app/_lib/action.ts';
import { MANAGER_ROLES } from '@/lib/auth/roles.ts';
import { recordRetainerPurchase } from '@/lib/server/retainer/record-retainer-purchase.ts';
import { MINUTES_PER_DAY, UNITS_PER_DAY } from '@/lib/domain/billing/index.ts';

const purchaseFormSchema = z.object({
  clientId: z.uuid(),
  quantity: z.coerce.number({ error: 'Enter how much was bought.' }).positive('Enter an amount above zero.').max(10_000),
  measure: z.enum(['units', 'hours', 'days']),
  at: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date the units start to serve.'),
  note: z.string().trim().max(500).optional(),
});

/** Sells a block in units, hours or days of 7 hours (seed 004); hours must make whole units. */
export const recordPurchaseAction = action(purchaseFormSchema, { roles: MANAGER_ROLES }, async (input, actor) => {
  const units = input.measure === 'days' ? input.quantity * UNITS_PER_DAY : input.measure === 'hours' ? input.quantity * 4 : input.quantity;
  if (!Number.isInteger(units)) {
    return { message: `That is ${units} units; sell whole units (15 minutes each, ${MINUTES_PER_DAY / 60} h a day).` };
  }
  const result = await recordRetainerPurchase({ actor, input: { clientId: input.clientId, units, at: input.at, note: input.note } });
  return {
    message: `Recorded ${units} units. Balance now ${result.balanceUnits} units${result.redecidedEntryIds.length ? `; ${result.redecidedEntryIds.length} entries decided again` : ''}.`,
    revalidate: [`/console/clients/${input.clientId}`],
  };
});
