import type { DbTx } from '@/lib/db/client.ts';
import { localDateKey } from '@/lib/domain/calendar/index.ts';
import type { BillingTerms } from '@/lib/domain/billing/index.ts';
import { termsFromRows, toTierTerms, type ContractTermsRow, type DatedTierTerms } from './terms-rows.ts';

export { tierVersionAt, toContractTerms, type DatedTierTerms } from './terms-rows.ts';

const contractSelect = {
  id: true,
  number: true,
  version: true,
  kind: true,
  tierId: true,
  status: true,
  startsOn: true,
  endsOn: true,
  standardRate: true,
  afterHoursMultiplier: true,
  onsiteRate: true,
  overageRate: true,
  afterHoursBurnRate: true,
  roundingMinutes: true,
  roundingMinimumUnits: true,
  roundDownMaxMinutes: true,
  rules: true,
} as const;

const KIND_PREFERENCE = ['managed', 'retainer', 'fixed_fee', 'time_and_materials'] as const;

/** The client's contract that governs work on a date: the ticket's own, else the best active one. */
export async function findGoverningContract(
  tx: DbTx,
  input: { clientId: string; clientTimezone: string; ticketContractId: string | null; at: Date },
): Promise<ContractTermsRow | null> {
  // contract terms run by the client's calendar days
  const day = new Date(localDateKey(input.clientTimezone, input.at));
  const candidates = await tx.contract.findMany({
    where: {
      clientId: input.clientId,
      status: 'active',
      startsOn: { lte: day },
      OR: [{ endsOn: null }, { endsOn: { gte: day } }],
    },
    select: contractSelect,
  });
  return chooseGoverningContract(candidates, input.ticketContractId);
}

/** Among the contracts in force: the ticket's own, else the best kind (managed first). */
export function chooseGoverningContract<T extends { id: string; kind: ContractTermsRow['kind'] }>(
  candidates: T[],
  ticketContractId: string | null,
): T | null {
  const own = candidates.find((contract) => contract.id === ticketContractId);
  if (own) return own;
  return [...candidates].sort((a, b) => KIND_PREFERENCE.indexOf(a.kind) - KIND_PREFERENCE.indexOf(b.kind))[0] ?? null;
}

export async function loadContractRow(tx: DbTx, contractId: string) {
  return tx.contract.findUniqueOrThrow({ where: { id: contractId }, select: contractSelect });
}

const tierVersionSelect = {
  id: true,
  version: true,
  effectiveFrom: true,
  is24x7: true,
  helpdeskSessionsPerMonth: true,
  helpdeskSessionMinutes: true,
  includesOnsite: true,
  includesAlertRemediation: true,
  maintenanceAssessmentClasses: true,
  minorRequestAllowanceMinutes: true,
  standardRate: true,
  afterHoursMultiplier: true,
  onsiteRate: true,
  rules: true,
  tier: { select: { name: true } },
  calendar: {
    select: {
      timezone: true,
      hours: { select: { weekday: true, startMinute: true, endMinute: true } },
      holidays: { select: { date: true } },
    },
  },
} as const;

/** All versions of a tier, oldest first, ready for picking the one in force at a date. */
export async function loadTierVersions(tx: DbTx, tierId: string, clientTimezone: string): Promise<DatedTierTerms[]> {
  const versions = await tx.tierVersion.findMany({
    where: { tierId },
    orderBy: { effectiveFrom: 'asc' },
    select: tierVersionSelect,
  });
  return versions.map((row) => toTierTerms(row, clientTimezone));
}

/** Builds a function giving the billing terms for work at a given instant. */
export async function termsResolver(
  tx: DbTx,
  input: { clientTimezone: string; contractId: string | null },
): Promise<(at: Date) => BillingTerms> {
  const settings = await tx.appSetting.findMany({ where: { key: { in: ['billing.defaultStandardRate', 'billing.defaultRules'] } } });
  const contract = input.contractId ? await loadContractRow(tx, input.contractId) : null;
  const tierVersions = contract?.tierId ? await tx.tierVersion.findMany({ where: { tierId: contract.tierId }, orderBy: { effectiveFrom: 'asc' }, select: tierVersionSelect }) : [];
  return termsFromRows({ clientTimezone: input.clientTimezone, contract, tierVersions, settings });
}
