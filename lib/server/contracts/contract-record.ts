import type { DbTx } from '@/lib/db/client.ts';
import type { Prisma } from '@/lib/db/generated/client.ts';
import { AppError } from '@/lib/errors/app-error.ts';
import { dateKey, toDbDate } from './contract-input.ts';

export const contractRecordSelect = {
  id: true,
  number: true,
  clientId: true,
  templateId: true,
  kind: true,
  status: true,
  name: true,
  tierId: true,
  startsOn: true,
  endsOn: true,
  isAutoRenew: true,
  noticePeriodDays: true,
  monthlyFee: true,
  monthlyBudget: true,
  fixedFee: true,
  standardRate: true,
  afterHoursMultiplier: true,
  onsiteRate: true,
  overageRate: true,
  afterHoursBurnRate: true,
  roundingMinutes: true,
  roundingMinimumUnits: true,
  roundDownMaxMinutes: true,
  lowBalanceUnits: true,
  exclusions: true,
  rules: true,
  version: true,
  terminatedOn: true,
  coveredAssets: { select: { assetId: true } },
} as const satisfies Prisma.ContractSelect;

export type ContractRecord = Prisma.ContractGetPayload<{ select: typeof contractRecordSelect }>;

const str = (value: { toString(): string } | null) => (value === null ? null : value.toString());

/** JSON-friendly copy of a contract, for the audit log's before/after and for forms. */
export function snapshotOf(c: ContractRecord) {
  return {
    number: c.number,
    kind: c.kind,
    status: c.status,
    name: c.name,
    tierId: c.tierId,
    startsOn: dateKey(c.startsOn),
    endsOn: c.endsOn ? dateKey(c.endsOn) : null,
    isAutoRenew: c.isAutoRenew,
    noticePeriodDays: c.noticePeriodDays,
    monthlyFee: str(c.monthlyFee),
    monthlyBudget: str(c.monthlyBudget),
    fixedFee: str(c.fixedFee),
    standardRate: str(c.standardRate),
    afterHoursMultiplier: str(c.afterHoursMultiplier),
    onsiteRate: str(c.onsiteRate),
    overageRate: str(c.overageRate),
    afterHoursBurnRate: str(c.afterHoursBurnRate),
    lowBalanceUnits: c.lowBalanceUnits,
    exclusions: c.exclusions,
    version: c.version,
    terminatedOn: c.terminatedOn ? dateKey(c.terminatedOn) : null,
    assetIds: c.coveredAssets.map((a) => a.assetId).sort(),
  };
}
export type ContractSnapshot = ReturnType<typeof snapshotOf>;

/** The next free number for a client: AG-<CODE>-<n>. */
export async function nextContractNumber(tx: DbTx, clientCode: string): Promise<string> {
  const prefix = `AG-${clientCode}-`;
  const existing = await tx.contract.findMany({ where: { number: { startsWith: prefix } }, select: { number: true } });
  const used = new Set(existing.map((c) => c.number));
  let n = existing.length + 1;
  while (used.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/** A client has one running contract of a kind at a time (fixed-fee projects may run side by side). */
export async function assertNoOverlap(
  tx: DbTx,
  c: { clientId: string; kind: string; startsOn: string; endsOn: string | null; exceptId?: string },
): Promise<void> {
  if (c.kind === 'fixed_fee') return;
  const clash = await tx.contract.findFirst({
    where: {
      clientId: c.clientId,
      kind: c.kind as ContractRecord['kind'],
      status: { in: ['active', 'draft'] },
      ...(c.exceptId ? { id: { not: c.exceptId } } : {}),
      ...(c.endsOn ? { startsOn: { lte: toDbDate(c.endsOn) } } : {}),
      OR: [{ endsOn: null }, { endsOn: { gte: toDbDate(c.startsOn) } }],
    },
    select: { number: true, startsOn: true, endsOn: true },
  });
  if (clash) {
    const message = `This client already has contract ${clash.number} of this kind running ${dateKey(clash.startsOn)} – ${clash.endsOn ? dateKey(clash.endsOn) : 'open-ended'}; end or terminate it first, or start after it ends.`;
    throw new AppError('conflict', message, { fieldErrors: { startsOn: [message] } });
  }
}

/** Covered assets must belong to the contract's client. */
export async function assertClientAssets(tx: DbTx, clientId: string, assetIds: string[]): Promise<void> {
  if (assetIds.length === 0) return;
  const found = await tx.asset.count({ where: { id: { in: assetIds }, clientId } });
  if (found !== new Set(assetIds).size) {
    throw new AppError('invalid', 'Covered assets must belong to this client.', { fieldErrors: { assetIds: ['Choose assets of this client.'] } });
  }
}

/** A tier for a new or amended contract must exist and not be retired. */
export async function assertUsableTier(tx: DbTx, tierId: string | null): Promise<void> {
  if (!tierId) return;
  const tier = await tx.serviceTier.findUnique({ where: { id: tierId }, select: { isRetired: true } });
  if (!tier) throw new AppError('invalid', 'That tier does not exist.', { fieldErrors: { tierId: ['Choose a tier.'] } });
  if (tier.isRetired) throw new AppError('invalid', 'That tier is retired.', { fieldErrors: { tierId: ['That tier is retired; choose another.'] } });
}
