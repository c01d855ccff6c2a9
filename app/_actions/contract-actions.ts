'use server';

import { z } from 'zod';
import { action } from '@/app/_lib/action.ts';
import { MANAGER_ROLES } from '@/lib/auth/roles.ts';
import { AppError } from '@/lib/errors/app-error.ts';
import { UNITS_PER_DAY } from '@/lib/domain/billing/index.ts';
import { createContract } from '@/lib/server/contracts/create-contract.ts';
import { amendContract } from '@/lib/server/contracts/amend-contract.ts';
import { renewContract } from '@/lib/server/contracts/renew-contract.ts';
import { terminateContract } from '@/lib/server/contracts/terminate-contract.ts';
import { recordRetainerPurchase } from '@/lib/server/retainer/record-retainer-purchase.ts';
import { amendContractFormSchema, createContractFormSchema, terminateContractFormSchema } from './contract-form.ts';

const managers = { roles: MANAGER_ROLES };
const contractPath = (id: string) => `/console/contracts/${id}`;

export const createContractAction = action(createContractFormSchema, managers, async (input, actor) => {
  const created = await createContract({ actor, input });
  return { message: `Contract ${created.number} created.`, revalidate: ['/console/contracts', `/console/clients/${input.clientId}`], redirectTo: contractPath(created.id) };
});

export const amendContractAction = action(amendContractFormSchema, managers, async (input, actor) => {
  const result = await amendContract({ actor, input });
  if (result.changed.length === 0) return { message: 'Nothing changed.' };
  const redecided = result.redecidedEntries ? ` ${result.redecidedEntries} un-invoiced time entr${result.redecidedEntries === 1 ? 'y was' : 'ies were'} decided again.` : '';
  return { message: `Amended (now version ${result.version}).${redecided}`, revalidate: [contractPath(input.contractId), '/console/contracts'] };
});

export const renewContractAction = action(z.object({ contractId: z.uuid(), endsOn: z.string().optional().transform((v) => v || undefined) }), managers, async (input, actor) => {
  const renewal = await renewContract({ actor, input });
  return { message: `Renewed as ${renewal.number} (${renewal.startsOn} – ${renewal.endsOn}).`, revalidate: ['/console/contracts', contractPath(input.contractId)], redirectTo: contractPath(renewal.id) };
});

export const terminateContractAction = action(terminateContractFormSchema, managers, async (input, actor) => {
  const result = await terminateContract({ actor, input });
  return { message: result.status === 'terminated' ? `Terminated as of ${result.terminatedOn}.` : `Terminating on ${result.terminatedOn}; it governs work until then.`, revalidate: [contractPath(input.contractId), '/console/contracts'] };
});

const sellSchema = z.object({
  contractId: z.uuid(),
  clientId: z.uuid(),
  kind: z.enum(['purchase', 'top_up']),
  quantity: z.coerce.number({ error: 'Enter how much was bought.' }).positive('Enter an amount above zero.').max(10_000),
  measure: z.enum(['units', 'hours', 'days']),
  at: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date the units start to serve.'),
  expiresOn: z.string().optional().transform((v) => v || undefined),
  note: z.string().trim().max(500).optional(),
});

/** Sells a block or a top-up in units, hours or days of 7 h (seed 004), optionally expiring. */
export const sellRetainerBlockAction = action(sellSchema, managers, async (input, actor) => {
  const units = input.measure === 'days' ? input.quantity * UNITS_PER_DAY : input.measure === 'hours' ? input.quantity * 4 : input.quantity;
  if (!Number.isInteger(units)) {
    const message = `That is ${units} units; sell whole units (15 minutes each, 7 h a day).`;
    throw new AppError('invalid', message, { fieldErrors: { quantity: [message] } });
  }
  const result = await recordRetainerPurchase({
    actor,
    input: { clientId: input.clientId, contractId: input.contractId, units, at: input.at, kind: input.kind, expiresAt: input.expiresOn, note: input.note || undefined },
  });
  const redecided = result.redecidedEntryIds.length ? `; ${result.redecidedEntryIds.length} entries decided again` : '';
  return { message: `Recorded ${units} units. Balance now ${result.balanceUnits} units${redecided}.`, revalidate: [contractPath(input.contractId), `/console/clients/${input.clientId}`] };
});
