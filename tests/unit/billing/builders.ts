/**
 * Builders for the billing engine's tests: tiers, contracts, terms and work facts with
 * sensible defaults, so each test states only what matters to it.
 *
 * Rates used throughout (easy to check by hand):
 *   tiers: standard 150.00/h, after-hours ×1.5, onsite 180.00/h
 *   no contract: default standard rate 120.00/h
 *   retainer: overage 160.00/h
 *   time & materials: 140.00/h (onsite 170.00/h)
 */
import { TZDate } from '@date-fns/tz';
import {
  DEFAULT_RULES,
  DEFAULT_ROUNDING,
  createAllowanceState,
  type AllowanceState,
  type ApprovalFacts,
  type AssetClass,
  type AssetFacts,
  type BillingTerms,
  type ContractTerms,
  type DecisionPart,
  type InitialAllowances,
  type RetainerLot,
  type RuleSpec,
  type TierTerms,
  type WorkFacts,
} from '@/lib/domain/billing/index.ts';
import type { BusinessCalendar } from '@/lib/domain/calendar/index.ts';

export const DEFAULT_STANDARD_RATE = '120.00';
export const TIER_STANDARD_RATE = '150.00';
export const TIER_ONSITE_RATE = '180.00';
export const OVERAGE_RATE = '160.00';
export const TM_RATE = '140.00';
export const TM_ONSITE_RATE = '170.00';

// ---------------------------------------------------------------- calendars

const MON_FRI = [1, 2, 3, 4, 5];

/** Mon–Fri 08:00–18:00 local to `timezone`. */
export function businessHours(timezone = 'UTC', holidays: string[] = []): BusinessCalendar {
  return {
    is24x7: false,
    timezone,
    windows: MON_FRI.map((weekday) => ({ weekday, startMinute: 8 * 60, endMinute: 18 * 60 })),
    holidays,
  };
}

export function twentyFourSeven(timezone = 'UTC'): BusinessCalendar {
  return { is24x7: true, timezone, windows: [], holidays: [] };
}

// ---------------------------------------------------------------- tiers

export type TierName = 'Silver' | 'Gold' | 'Platinum';

export interface TierOptions extends Partial<TierTerms> {
  /** the calendar's timezone (ignored when `calendar` is given) */
  timezone?: string;
  /** holidays of the calendar (ignored when `calendar` is given) */
  holidays?: string[];
}

const ROUTER_SWITCH_SERVER: AssetClass[] = ['router', 'switch', 'server'];

export function tier(name: TierName, options: TierOptions = {}): TierTerms {
  const { timezone = 'UTC', holidays = [], ...overrides } = options;
  const common = {
    tierVersionId: `tv-${name.toLowerCase()}-1`,
    name,
    version: 1,
    minorRequestAllowanceMinutes: 30,
    standardRate: TIER_STANDARD_RATE,
    afterHoursMultiplier: '1.5',
    onsiteRate: TIER_ONSITE_RATE,
    rules: DEFAULT_RULES,
  };
  const byName: Record<TierName, TierTerms> = {
    Silver: {
      ...common,
      calendar: businessHours(timezone, holidays),
      helpdeskSessionsPerMonth: 2,
      helpdeskSessionMinutes: 15,
      includesOnsite: false,
      includesAlertRemediation: false,
      maintenanceAssessmentClasses: [],
    },
    Gold: {
      ...common,
      calendar: businessHours(timezone, holidays),
      helpdeskSessionsPerMonth: null,
      helpdeskSessionMinutes: null,
      includesOnsite: true,
      includesAlertRemediation: false,
      maintenanceAssessmentClasses: ROUTER_SWITCH_SERVER,
    },
    Platinum: {
      ...common,
      calendar: twentyFourSeven(timezone),
      helpdeskSessionsPerMonth: null,
      helpdeskSessionMinutes: null,
      includesOnsite: true,
      includesAlertRemediation: true,
      maintenanceAssessmentClasses: [...ROUTER_SWITCH_SERVER, 'firewall'],
    },
  };
  return { ...byName[name], ...overrides };
}

export const silver = (options?: TierOptions) => tier('Silver', options);
export const gold = (options?: TierOptions) => tier('Gold', options);
export const platinum = (options?: TierOptions) => tier('Platinum', options);

// ---------------------------------------------------------------- contracts

function contract(kind: ContractTerms['kind'], overrides: Partial<ContractTerms>): ContractTerms {
  return {
    id: `c-${kind}`,
    number: `C-${kind.toUpperCase()}-001`,
    version: 1,
    kind,
    standardRate: null,
    afterHoursMultiplier: null,
    onsiteRate: null,
    overageRate: null,
    afterHoursBurnRate: null,
    rounding: { ...DEFAULT_ROUNDING },
    rules: null,
    ...overrides,
  };
}

export const managedContract = (overrides: Partial<ContractTerms> = {}) => contract('managed', overrides);

/** Rounding 15 / 1 / 5 and an overage rate, as in seed 004. */
export const retainerContract = (overrides: Partial<ContractTerms> = {}) =>
  contract('retainer', {
    overageRate: OVERAGE_RATE,
    rounding: { granularityMinutes: 15, minimumUnits: 1, roundDownMaxMinutes: 5 },
    ...overrides,
  });

export const tmContract = (overrides: Partial<ContractTerms> = {}) =>
  contract('time_and_materials', { standardRate: TM_RATE, onsiteRate: TM_ONSITE_RATE, ...overrides });

export const fixedFeeContract = (overrides: Partial<ContractTerms> = {}) => contract('fixed_fee', overrides);

// ---------------------------------------------------------------- terms

export interface TermsOptions {
  clientTimezone?: string;
  defaultRules?: RuleSpec[];
  defaultStandardRate?: string;
}

function baseTerms(options: TermsOptions) {
  return {
    clientTimezone: options.clientTimezone ?? 'UTC',
    defaultStandardRate: options.defaultStandardRate ?? DEFAULT_STANDARD_RATE,
    defaultRules: options.defaultRules ?? DEFAULT_RULES,
  };
}

/** A managed contract bound to a tier; the tier's calendar uses the client's timezone. */
export function managedTerms(
  tierOrName: TierTerms | TierName,
  options: TermsOptions & { contract?: Partial<ContractTerms> } = {},
): BillingTerms {
  const timezone = options.clientTimezone ?? 'UTC';
  const tierTerms = typeof tierOrName === 'string' ? tier(tierOrName, { timezone }) : tierOrName;
  return { ...baseTerms(options), contract: managedContract(options.contract), tier: tierTerms };
}

/** A retainer contract, by default without a tier (so no support-hours calendar). */
export function retainerTerms(
  options: TermsOptions & { contract?: Partial<ContractTerms>; tier?: TierTerms | null } = {},
): BillingTerms {
  return { ...baseTerms(options), contract: retainerContract(options.contract), tier: options.tier ?? null };
}

export function tmTerms(options: TermsOptions & { contract?: Partial<ContractTerms> } = {}): BillingTerms {
  return { ...baseTerms(options), contract: tmContract(options.contract), tier: null };
}

export function fixedFeeTerms(options: TermsOptions & { contract?: Partial<ContractTerms> } = {}): BillingTerms {
  return { ...baseTerms(options), contract: fixedFeeContract(options.contract), tier: null };
}

export function noContractTerms(options: TermsOptions = {}): BillingTerms {
  return { ...baseTerms(options), contract: null, tier: null };
}

// ---------------------------------------------------------------- rules

export function withRules(terms: BillingTerms, rules: RuleSpec[]): BillingTerms {
  if (!terms.contract) return { ...terms, defaultRules: rules };
  return { ...terms, contract: { ...terms.contract, rules } };
}

export function disabled(rules: RuleSpec[], ...ids: string[]): RuleSpec[] {
  return rules.map((rule) => (ids.includes(rule.id) ? { ...rule, isEnabled: false } : rule));
}

export function matchRule(id: string, match: NonNullable<RuleSpec['match']>): RuleSpec {
  return { id, kind: 'match', isEnabled: true, match };
}

// ---------------------------------------------------------------- work facts

/** A wall-clock time 'YYYY-MM-DDTHH:MM' in `timezone`, as a UTC instant. */
export function local(timezone: string, wall: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(wall);
  if (!m) throw new Error(`bad wall time ${wall}`);
  const [, y, mo, d, h, mi] = m.map(Number);
  return new Date(new TZDate(y, mo - 1, d, h, mi, 0, timezone).getTime());
}

export const utc = (iso: string) => new Date(iso.endsWith('Z') ? iso : `${iso}:00Z`);

let entryCounter = 0;

export interface WorkInput extends Partial<Omit<WorkFacts, 'ticket'>> {
  /** start as 'YYYY-MM-DDTHH:MM' UTC (or a Date via startedAt); default Wed 2026-03-04 10:00 UTC */
  at?: string;
  ticketId?: string;
  type?: WorkFacts['ticket']['type'];
  phase?: WorkFacts['ticket']['phase'];
  priority?: WorkFacts['ticket']['priority'];
  ticket?: Partial<WorkFacts['ticket']>;
}

/**
 * WorkFacts with defaults: a 30-minute remote incident on ticket t1 at Wed 2026-03-04 10:00 UTC.
 * `endedAt` defaults to start + minutes; `minutes` defaults to the span when only `endedAt` is given.
 */
export function work(input: WorkInput = {}): WorkFacts {
  const { at, ticketId, type, phase, priority, ticket, ...rest } = input;
  const startedAt = rest.startedAt ?? utc(at ?? '2026-03-04T10:00');
  const minutes =
    rest.minutes ?? (rest.endedAt ? Math.round((rest.endedAt.getTime() - startedAt.getTime()) / 60_000) : 30);
  const endedAt = rest.endedAt ?? new Date(startedAt.getTime() + minutes * 60_000);
  return {
    entryId: rest.entryId ?? `e${++entryCounter}`,
    mode: 'remote',
    isInternal: false,
    assets: [],
    approval: null,
    ...rest,
    startedAt,
    endedAt,
    minutes,
    ticket: {
      id: ticketId ?? ticket?.id ?? 't1',
      type: type ?? ticket?.type ?? 'incident',
      phase: phase !== undefined ? phase : (ticket?.phase ?? null),
      priority: priority ?? ticket?.priority ?? 'P3',
    },
  };
}

export function asset(assetClass: AssetClass, overrides: Partial<AssetFacts> = {}): AssetFacts {
  return { id: `a-${assetClass}`, name: `${assetClass}-01`, class: assetClass, isSupported: true, ...overrides };
}

export function hoursEstimate(minutes: number, estimateId = 'est-1'): ApprovalFacts {
  return { estimateId, minutes, amount: null };
}

export function flatFee(amount: string, estimateId = 'est-flat'): ApprovalFacts {
  return { estimateId, minutes: null, amount };
}

// ---------------------------------------------------------------- allowances

export function lot(units: number, effectiveAt = utc('2026-01-01T00:00'), expiresAt: Date | null = null, id?: string): RetainerLot {
  return { id: id ?? `lot-${units}-${effectiveAt.toISOString()}`, effectiveAt, expiresAt, units };
}

export function state(initial: InitialAllowances = {}): AllowanceState {
  return createAllowanceState(initial);
}

/** A retainer balance of `units` usable since 2026-01-01. */
export const balance = (units: number) => state({ lots: [lot(units)] });

// ---------------------------------------------------------------- expected decision parts

export const coveredPart = (minutes: number, isAfterHours = false): DecisionPart => ({
  outcome: 'covered',
  minutes,
  units: 0,
  rate: null,
  amount: '0.00',
  isAfterHours,
});

export const billablePart = (minutes: number, rate: string, amount: string, isAfterHours = false, units = 0): DecisionPart => ({
  outcome: 'billable',
  minutes,
  units,
  rate,
  amount,
  isAfterHours,
});

export const refusedPart = (minutes: number): DecisionPart => ({
  outcome: 'refused',
  minutes,
  units: 0,
  rate: null,
  amount: '0.00',
  isAfterHours: false,
});

export const nonBillablePart = (minutes: number): DecisionPart => ({ ...refusedPart(minutes), outcome: 'non_billable' });

export const retainerPart = (minutes: number, units: number): DecisionPart => ({
  outcome: 'retainer',
  minutes,
  units,
  rate: null,
  amount: '0.00',
  isAfterHours: false,
});
