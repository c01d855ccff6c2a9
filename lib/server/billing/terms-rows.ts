import type { BusinessCalendar } from '@/lib/domain/calendar/index.ts';
import {
  DEFAULT_RULES,
  ruleListSchema,
  type BillingTerms,
  type ContractTerms,
  type RuleSpec,
  type TierTerms,
} from '@/lib/domain/billing/index.ts';
import { billingSettingsFrom } from '@/lib/server/settings/billing-settings.ts';

/** Decimals arrive as Prisma Decimals from model queries and as exact strings from raw SQL. */
type Exact = { toString(): string };

export interface ContractTermsRow {
  id: string;
  number: string;
  version: number;
  kind: ContractTerms['kind'];
  tierId: string | null;
  standardRate: Exact | null;
  afterHoursMultiplier: Exact | null;
  onsiteRate: Exact | null;
  overageRate: Exact | null;
  afterHoursBurnRate: Exact | null;
  roundingMinutes: number;
  roundingMinimumUnits: number;
  roundDownMaxMinutes: number;
  rules: unknown;
}

export interface TierVersionRow {
  id: string;
  version: number;
  effectiveFrom: Date;
  is24x7: boolean;
  helpdeskSessionsPerMonth: number | null;
  helpdeskSessionMinutes: number | null;
  includesOnsite: boolean;
  includesAlertRemediation: boolean;
  maintenanceAssessmentClasses: TierTerms['maintenanceAssessmentClasses'];
  minorRequestAllowanceMinutes: number;
  standardRate: Exact;
  afterHoursMultiplier: Exact;
  onsiteRate: Exact;
  rules: unknown;
  tier: { name: string };
  calendar: {
    timezone: string | null;
    hours: { weekday: number; startMinute: number; endMinute: number }[];
    /** a `date` column: a Date at UTC midnight, or 'YYYY-MM-DD' from raw SQL */
    holidays: { date: Date | string }[];
  } | null;
}

/** All versions of a tier with the instant each took effect, for picking the one in force. */
export type DatedTierTerms = TierTerms & { effectiveFrom: Date };

function parseRules(value: unknown): RuleSpec[] {
  const parsed = ruleListSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_RULES;
}

const exact = (value: Exact | null) => (value === null ? null : value.toString());
const dayKey = (value: Date | string) => (typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10));

export function toContractTerms(row: ContractTermsRow): ContractTerms {
  return {
    id: row.id,
    number: row.number,
    version: row.version,
    kind: row.kind,
    standardRate: exact(row.standardRate),
    afterHoursMultiplier: exact(row.afterHoursMultiplier),
    onsiteRate: exact(row.onsiteRate),
    overageRate: exact(row.overageRate),
    afterHoursBurnRate: exact(row.afterHoursBurnRate),
    rounding: {
      granularityMinutes: row.roundingMinutes,
      minimumUnits: row.roundingMinimumUnits,
      roundDownMaxMinutes: row.roundDownMaxMinutes,
    },
    rules: row.rules === null || row.rules === undefined ? null : parseRules(row.rules),
  };
}

export function toTierTerms(row: TierVersionRow, clientTimezone: string): DatedTierTerms {
  const calendar: BusinessCalendar = {
    is24x7: row.is24x7 || !row.calendar,
    timezone: row.calendar?.timezone ?? clientTimezone,
    windows: row.calendar?.hours ?? [],
    holidays: (row.calendar?.holidays ?? []).map((holiday) => dayKey(holiday.date)),
  };
  return {
    tierVersionId: row.id,
    name: row.tier.name,
    version: row.version,
    effectiveFrom: row.effectiveFrom,
    calendar,
    helpdeskSessionsPerMonth: row.helpdeskSessionsPerMonth,
    helpdeskSessionMinutes: row.helpdeskSessionMinutes,
    includesOnsite: row.includesOnsite,
    includesAlertRemediation: row.includesAlertRemediation,
    maintenanceAssessmentClasses: row.maintenanceAssessmentClasses,
    minorRequestAllowanceMinutes: row.minorRequestAllowanceMinutes,
    standardRate: row.standardRate.toString(),
    afterHoursMultiplier: row.afterHoursMultiplier.toString(),
    onsiteRate: row.onsiteRate.toString(),
    rules: parseRules(row.rules),
  };
}

/** The version in force at `at`: the latest that took effect on or before it (else the first). */
export function tierVersionAt<T extends { effectiveFrom: Date }>(versions: T[], at: Date): T | null {
  let found: T | null = null;
  for (const version of versions) if (version.effectiveFrom.getTime() <= at.getTime()) found = version;
  return found ?? versions[0] ?? null;
}

/** The billing terms for work at a given instant, from the rows that hold them. */
export function termsFromRows(input: {
  clientTimezone: string;
  contract: ContractTermsRow | null;
  tierVersions: TierVersionRow[];
  settings: { key: string; value: unknown }[];
}): (at: Date) => BillingTerms {
  const contract = input.contract ? toContractTerms(input.contract) : null;
  const versions = input.tierVersions.map((row) => toTierTerms(row, input.clientTimezone));
  const settings = billingSettingsFrom(input.settings);
  return (at: Date) => ({
    clientTimezone: input.clientTimezone,
    contract,
    tier: tierVersionAt(versions, at),
    defaultStandardRate: settings.defaultStandardRate,
    defaultRules: settings.defaultRules,
  });
}
