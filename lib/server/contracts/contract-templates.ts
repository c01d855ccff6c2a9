import { z } from 'zod';
import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { MANAGER_ROLES } from '@/lib/auth/roles.ts';
import type { ContractKind } from '@/lib/db/generated/enums.ts';
import type { Prisma } from '@/lib/db/generated/client.ts';

/** What a template fills in; everything stays editable on the form. */
export const templateDefaultsSchema = z.object({
  tierName: z.string().optional(),
  termMonths: z.number().int().min(1).max(120).optional(),
  isAutoRenew: z.boolean().optional(),
  noticePeriodDays: z.number().int().min(0).optional(),
  monthlyFee: z.string().optional(),
  monthlyBudget: z.string().optional(),
  fixedFee: z.string().optional(),
  standardRate: z.string().optional(),
  overageRate: z.string().optional(),
  lowBalanceUnits: z.number().int().optional(),
  /** a retainer's first block, sold on the contract page */
  blockUnits: z.number().int().optional(),
  exclusions: z.string().optional(),
});
export type TemplateDefaults = z.infer<typeof templateDefaultsSchema>;

const MANAGED_EXCLUSIONS = 'Service requests (new scope), after-hours incident response outside the tier’s hours, solution design after incident resolution, hardware, software and special projects.';

export const DEFAULT_TEMPLATES: { name: string; kind: ContractKind; defaults: TemplateDefaults }[] = [
  { name: 'Managed – Silver', kind: 'managed', defaults: { tierName: 'Silver', termMonths: 12, isAutoRenew: true, noticePeriodDays: 30, monthlyFee: '900.00', exclusions: MANAGED_EXCLUSIONS } },
  { name: 'Managed – Gold', kind: 'managed', defaults: { tierName: 'Gold', termMonths: 12, isAutoRenew: true, noticePeriodDays: 60, monthlyFee: '2500.00', exclusions: MANAGED_EXCLUSIONS } },
  { name: 'Managed – Platinum', kind: 'managed', defaults: { tierName: 'Platinum', termMonths: 12, isAutoRenew: true, noticePeriodDays: 90, monthlyFee: '6000.00', exclusions: 'Hardware, software and special projects.' } },
  { name: 'Retainer – 1 day block', kind: 'retainer', defaults: { termMonths: 12, isAutoRenew: false, noticePeriodDays: 30, standardRate: '120.00', overageRate: '135.00', lowBalanceUnits: 8, blockUnits: 28 } },
  { name: 'Time & materials', kind: 'time_and_materials', defaults: { termMonths: 12, isAutoRenew: true, noticePeriodDays: 30, standardRate: '155.00' } },
];

/** The starting templates, written once when there are none (idempotent, safe to race). */
export async function ensureDefaultTemplates(tx: DbTx): Promise<void> {
  if ((await tx.contractTemplate.count()) > 0) return;
  await tx.contractTemplate.createMany({
    data: DEFAULT_TEMPLATES.map((t) => ({ name: t.name, kind: t.kind, defaults: t.defaults as Prisma.InputJsonValue })),
    skipDuplicates: true,
  });
}

export interface ContractTemplateView {
  id: string;
  name: string;
  kind: ContractKind;
  defaults: TemplateDefaults;
}

export async function listContractTemplates(options: { actor: Actor | null }, tx: DbTx = db): Promise<ContractTemplateView[]> {
  authorize(options.actor, { roles: MANAGER_ROLES });
  await ensureDefaultTemplates(tx);
  const rows = await tx.contractTemplate.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, kind: true, defaults: true } });
  return rows.map((row) => {
    const defaults = templateDefaultsSchema.safeParse(row.defaults);
    return { id: row.id, name: row.name, kind: row.kind, defaults: defaults.success ? defaults.data : {} };
  });
}
