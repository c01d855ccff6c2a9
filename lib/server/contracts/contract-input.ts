import { z } from 'zod';
import { rateSchema } from '@/lib/server/tiers/tier-terms-input.ts';

export const CONTRACT_KINDS = ['managed', 'retainer', 'time_and_materials', 'fixed_fee'] as const;

const amount = rateSchema.nullable();
const multiplier = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).trim())
  .pipe(z.string().regex(/^\d(\.\d{1,3})?$/, 'Give a multiplier like 1.5.'))
  .nullable();
const date = (message: string) => z.iso.date(message);

/** The editable terms of a contract (kind, client and start are fixed once created). No defaults: an amendment names only what changes. */
export const contractTermsShape = {
  name: z.string().trim().min(2, 'Name the contract.').max(120, 'Keep the name under 120 characters.'),
  tierId: z.uuid('Choose a tier.').nullable(),
  endsOn: date('Give the end date (YYYY-MM-DD), or leave it open-ended.').nullable(),
  isAutoRenew: z.boolean(),
  noticePeriodDays: z.coerce.number({ error: 'Give the notice period in days.' }).int('Whole days.').min(0, 'Zero or more days.').max(730, 'At most two years.'),
  monthlyFee: amount,
  /** seed 002: a monthly support budget, reviewed quarterly, instead of a fixed fee */
  monthlyBudget: amount,
  fixedFee: amount,
  standardRate: amount,
  afterHoursMultiplier: multiplier,
  onsiteRate: amount,
  overageRate: amount,
  afterHoursBurnRate: multiplier,
  lowBalanceUnits: z.coerce.number().int('Whole units.').min(0, 'Zero or more units.').max(100_000).nullable(),
  exclusions: z.string().trim().max(4000, 'Keep the exclusions under 4,000 characters.').nullable(),
  assetIds: z.array(z.uuid('Choose assets of this client.')).max(5000),
};

const t = contractTermsShape;
const createDefaults = {
  tierId: t.tierId.default(null),
  endsOn: t.endsOn.default(null),
  isAutoRenew: t.isAutoRenew.default(false),
  noticePeriodDays: t.noticePeriodDays.default(30),
  monthlyFee: t.monthlyFee.default(null),
  monthlyBudget: t.monthlyBudget.default(null),
  fixedFee: t.fixedFee.default(null),
  standardRate: t.standardRate.default(null),
  afterHoursMultiplier: t.afterHoursMultiplier.default(null),
  onsiteRate: t.onsiteRate.default(null),
  overageRate: t.overageRate.default(null),
  afterHoursBurnRate: t.afterHoursBurnRate.default(null),
  lowBalanceUnits: t.lowBalanceUnits.default(null),
  exclusions: t.exclusions.default(null),
  assetIds: t.assetIds.default([]),
};

export interface ContractShapeFacts {
  kind: (typeof CONTRACT_KINDS)[number];
  tierId: string | null;
  startsOn: string;
  endsOn: string | null;
  monthlyFee: string | null;
  monthlyBudget: string | null;
  fixedFee: string | null;
}

/** Rules that hold for every contract, whichever way it is written. */
export function contractProblems(c: ContractShapeFacts): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  if (c.endsOn && c.endsOn < c.startsOn) problems.push({ path: 'endsOn', message: 'The end date cannot be before the start.' });
  if (c.kind === 'managed' && !c.tierId) problems.push({ path: 'tierId', message: 'A managed contract is bound to a tier.' });
  if (c.kind !== 'managed' && c.tierId) problems.push({ path: 'tierId', message: 'Only managed contracts have a tier.' });
  if (c.kind === 'managed' && !c.monthlyFee && !c.monthlyBudget) problems.push({ path: 'monthlyFee', message: 'Give a monthly fee or a monthly budget.' });
  if (c.monthlyFee && c.monthlyBudget) problems.push({ path: 'monthlyBudget', message: 'Give a monthly fee or a monthly budget, not both.' });
  if (c.kind === 'fixed_fee' && !c.fixedFee) problems.push({ path: 'fixedFee', message: 'Give the fixed fee of the project.' });
  return problems;
}

export const createContractSchema = z
  .object({
    clientId: z.uuid('Choose a client.'),
    templateId: z.uuid().nullable().default(null),
    kind: z.enum(CONTRACT_KINDS, { error: 'Choose the kind of contract.' }),
    startsOn: date('Give the start date (YYYY-MM-DD).'),
    name: contractTermsShape.name,
    ...createDefaults,
  })
  .superRefine((c, ctx) => {
    for (const problem of contractProblems(c)) ctx.addIssue({ code: 'custom', path: [problem.path], message: problem.message });
  });
export type CreateContractInput = z.input<typeof createContractSchema>;

/** An amendment names only what changes; `version` is the one the editor saw. */
export const amendContractSchema = z.object({
  contractId: z.uuid('Choose a contract.'),
  version: z.coerce.number().int().min(1),
  ...Object.fromEntries(Object.entries(contractTermsShape).map(([key, schema]) => [key, schema.optional()])) as {
    [K in keyof typeof contractTermsShape]: z.ZodOptional<(typeof contractTermsShape)[K]>;
  },
});
export type AmendContractInput = z.input<typeof amendContractSchema>;

export const dateKey = (value: Date) => value.toISOString().slice(0, 10);
export const toDbDate = (key: string) => new Date(`${key}T00:00:00Z`);
export function addDaysToKey(key: string, days: number): string {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
export function addMonthsToKey(key: string, months: number): string {
  const [y, m, d] = key.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 + months, d)).toISOString().slice(0, 10);
}
