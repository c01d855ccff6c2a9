import type { DbTx } from '@/lib/db/client.ts';
import { localDateKey, type BusinessCalendar } from '@/lib/domain/calendar/index.ts';
import {
  DEFAULT_RULES,
  ruleListSchema,
  type BillingTerms,
  type ContractTerms,
  type RuleSpec,
  type TierTerms,
} from '@/lib/domain/billing/index.ts';
import { loadBillingSettings } from '@/lib/server/settings/billing-settings.ts';

function parseRules(value: unknown): RuleSpec[] {
  const parsed = ruleListSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_RULES;
}

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

type ContractRow = {
  id: string;
  number: string;
  version: number;
  kind: ContractTerms['kind'];
  tierId: string | null;
  standardRate: { toString(): string } | null;
  afterHoursMultiplier: { toString(): string } | null;
  onsiteRate: { toString(): string } | null;
  overageRate: { toString(): string } | null;
  afterHoursBurnRate: { toString(): string } | null;
  roundingMinutes: number;
  roundingMinimumUnits: number;
  roundDownMaxMinutes: number;
  rules: unknown;
};

export function toContractTerms(row: ContractRow): ContractTerms {
  const str = (value: { toString(): string } | null) => (value === null ? null : value.toString());
  return {
    id: row.id,
    number: row.number,
    version: row.version,
    kind: row.kind,
    standardRate: str(row.standardRate),
    afterHoursMultiplier: str(row.afterHoursMultiplier),
    onsiteRate: str(row.onsiteRate),
    overageRate: str(row.overageRate),
    afterHoursBurnRate: str(row.afterHoursBurnRate),
    rounding: {
      granularityMinutes: row.roundingMinutes,
      minimumUnits: row.roundingMinimumUnits,
      roundDownMaxMinutes: row.roundDownMaxMinutes,
    },
    rules: row.rules === null || row.rules === undefined ? null : parseRules(row.rules),
  };
}

const KIND_PREFERENCE = ['managed', 'retainer', 'fixed_fee', 'time_and_materials'] as const;

/** The client's contract that governs work on a date: the ticket's own, else the best active one. */
export async function findGoverningContract(
  tx: DbTx,
  input: { clientId: string; clientTimezone: string; ticketContractId: string | null; at: Date },
): Promise<(ContractRow & { id: string }) | null> {
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
  const own = candidates.find((contract) => contract.id === input.ticketContractId);
  if (own) return own;
  candidates.sort((a, b) => KIND_PREFERENCE.indexOf(a.kind) - KIND_PREFERENCE.indexOf(b.kind));
  return candidates[0] ?? null;
}

export async function loadContractRow(tx: DbTx, contractId: string) {
  return tx.contract.findUniqueOrThrow({ where: { id: contractId }, select: contractSelect });
}

/** All versions of a tier, oldest first, ready for picking the one in force at a date. */
export type DatedTierTerms = TierTerms & { effectiveFrom: Date };

export async function loadTierVersions(tx: DbTx, tierId: string, clientTimezone: string): Promise<DatedTierTerms[]> {
  const versions = await tx.tierVersion.findMany({
    where: { tierId },
    orderBy: { effectiveFrom: 'asc' },
    select: {
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
    },
  });
  return versions.map((v) => {
    const calendar: BusinessCalendar = {
      is24x7: v.is24x7 || !v.calendar,
      timezone: v.calendar?.timezone ?? clientTimezone,
      windows: v.calendar?.hours ?? [],
      holidays: (v.calendar?.holidays ?? []).map((h) => h.date.toISOString().slice(0, 10)),
    };
    return {
      tierVersionId: v.id,
      name: v.tier.name,
      version: v.version,
      effectiveFrom: v.effectiveFrom,
      calendar,
      helpdeskSessionsPerMonth: v.helpdeskSessionsPerMonth,
      helpdeskSessionMinutes: v.helpdeskSessionMinutes,
      includesOnsite: v.includesOnsite,
      includesAlertRemediation: v.includesAlertRemediation,
      maintenanceAssessmentClasses: v.maintenanceAssessmentClasses,
      minorRequestAllowanceMinutes: v.minorRequestAllowanceMinutes,
      standardRate: v.standardRate.toString(),
      afterHoursMultiplier: v.afterHoursMultiplier.toString(),
      onsiteRate: v.onsiteRate.toString(),
      rules: parseRules(v.rules),
    } satisfies DatedTierTerms;
  });
}

/** The version in force at `at`: the latest that took effect on or before it (else the first). */
export function tierVersionAt<T extends { effectiveFrom: Date }>(versions: T[], at: Date): T | null {
  let found: T | null = null;
  for (const version of versions) if (version.effectiveFrom.getTime() <= at.getTime()) found = version;
  return found ?? versions[0] ?? null;
}

/** Builds a function giving the billing terms for work at a given instant. */
export async function termsResolver(
  tx: DbTx,
  input: { clientTimezone: string; contractId: string | null },
): Promise<(at: Date) => BillingTerms> {
  const settings = await loadBillingSettings(tx);
  const contractRow = input.contractId ? await loadContractRow(tx, input.contractId) : null;
  const contract = contractRow ? toContractTerms(contractRow) : null;
  const versions = contractRow?.tierId ? await loadTierVersions(tx, contractRow.tierId, input.clientTimezone) : [];
  return (at: Date) => ({
    clientTimezone: input.clientTimezone,
    contract,
    tier: tierVersionAt(versions, at),
    defaultStandardRate: settings.defaultStandardRate,
    defaultRules: settings.defaultRules,
  });
}
