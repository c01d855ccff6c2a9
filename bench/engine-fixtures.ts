/**
 * Varied work and terms for the engine bench, built in memory with a seeded PRNG: every tier in
 * several timezones, retainers (with and without a tier, after-hours burn, empty balances),
 * T&M, fixed fee, no contract, an admin "match" rule; every ticket type and mode, after-hours
 * and weekend work, used-up quotas, minor requests, approvals (hours and flat fee), unsupported assets.
 */
import { TZDate } from '@date-fns/tz';
import {
  DEFAULT_ROUNDING,
  DEFAULT_RULES,
  createAllowanceState,
  type AllowanceState,
  type AssetClass,
  type AssetFacts,
  type BillingTerms,
  type InitialAllowances,
  type ContractTerms,
  type RuleSpec,
  type SequenceItem,
  type TicketType,
  type TierTerms,
  type WorkFacts,
  type WorkMode,
} from '@/lib/domain/billing/index.ts';
import type { BusinessCalendar } from '@/lib/domain/calendar/index.ts';

export interface EngineCase {
  work: WorkFacts;
  terms: BillingTerms;
  state: AllowanceState;
}

/** mulberry32: small, fast, seeded */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TIMEZONES = ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/London', 'UTC'];
const TYPES: TicketType[] = ['incident', 'incident', 'incident', 'service_request', 'service_request', 'problem', 'change', 'maintenance', 'alert'];
const CLASSES: AssetClass[] = ['server', 'workstation', 'workstation', 'router', 'switch', 'firewall', 'wireless', 'backup', 'other'];
const HOLIDAYS = ['2026-01-01', '2026-07-04', '2026-12-25', '2026-12-26'];

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];

function calendar(timezone: string, is24x7: boolean): BusinessCalendar {
  if (is24x7) return { is24x7: true, timezone, windows: [], holidays: [] };
  const windows = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 480, endMinute: 1080 }));
  return { is24x7: false, timezone, windows, holidays: HOLIDAYS };
}

function tier(name: 'Silver' | 'Gold' | 'Platinum', timezone: string, version: number): TierTerms {
  const rate = { Silver: 150, Gold: 140, Platinum: 130 }[name] + (version - 1) * 10;
  return {
    tierVersionId: `tv-${name}-${version}`,
    name,
    version,
    calendar: calendar(timezone, name === 'Platinum'),
    helpdeskSessionsPerMonth: name === 'Silver' ? 2 : null,
    helpdeskSessionMinutes: name === 'Silver' ? 15 : null,
    includesOnsite: name !== 'Silver',
    includesAlertRemediation: name === 'Platinum',
    maintenanceAssessmentClasses: name === 'Silver' ? [] : name === 'Gold' ? ['router', 'switch', 'server'] : ['router', 'switch', 'server', 'firewall', 'wireless', 'backup', 'workstation'],
    minorRequestAllowanceMinutes: 30,
    standardRate: `${rate}.00`,
    afterHoursMultiplier: '1.5',
    onsiteRate: `${rate + 20}.00`,
    rules: DEFAULT_RULES,
  };
}

const AFTER_HOURS_ALERTS: RuleSpec = {
  id: 'after-hours-alerts',
  kind: 'match',
  isEnabled: true,
  match: {
    when: { ticketTypes: ['alert'], isAfterHours: true },
    then: { outcome: 'billable', rate: 'after_hours', needsApproval: false },
    reason: 'Billable at the after-hours rate: alerts handled outside support hours.',
  },
};

function contract(kind: ContractTerms['kind'], index: number, overrides: Partial<ContractTerms> = {}): ContractTerms {
  return {
    id: `c-${index}`,
    number: `BN-${String(index).padStart(4, '0')}`,
    version: 1 + (index % 3),
    kind,
    standardRate: kind === 'time_and_materials' ? '145.00' : null,
    afterHoursMultiplier: null,
    onsiteRate: kind === 'time_and_materials' ? '170.00' : null,
    overageRate: kind === 'retainer' ? '175.00' : null,
    afterHoursBurnRate: null,
    rounding: { ...DEFAULT_ROUNDING },
    rules: null,
    ...overrides,
  };
}

/** About sixty distinct terms, shared by many entries as a contract's terms are. */
export function buildTermsPool(): BillingTerms[] {
  const pool: BillingTerms[] = [];
  let index = 0;
  for (const timezone of TIMEZONES) {
    const base = { clientTimezone: timezone, defaultStandardRate: '150.00', defaultRules: DEFAULT_RULES };
    for (const name of ['Silver', 'Gold', 'Platinum'] as const) {
      for (const version of [1, 2]) pool.push({ ...base, contract: contract('managed', index++), tier: tier(name, timezone, version) });
    }
    pool.push({ ...base, contract: contract('managed', index++, { rules: [AFTER_HOURS_ALERTS, ...DEFAULT_RULES] }), tier: tier('Gold', timezone, 2) });
    pool.push({ ...base, contract: contract('retainer', index++), tier: null });
    pool.push({ ...base, contract: contract('retainer', index++, { afterHoursBurnRate: '1.5' }), tier: tier('Gold', timezone, 1) });
    pool.push({ ...base, contract: contract('time_and_materials', index++), tier: null });
    pool.push({ ...base, contract: contract('fixed_fee', index++), tier: null });
    pool.push({ ...base, contract: null, tier: null });
  }
  return pool;
}

/** A local wall time in 2026: business hours mostly, some evenings, early mornings and weekends. */
function startFor(random: () => number, timezone: string, month = Math.floor(random() * 12)): Date {
  const roll = random();
  let day = 1 + Math.floor(random() * 28);
  let minute: number;
  if (roll < 0.78) minute = 480 + Math.floor(random() * 600);
  else if (roll < 0.9) minute = 1020 + Math.floor(random() * 240); // around and after closing
  else if (roll < 0.95) minute = 360 + Math.floor(random() * 150); // early, across opening
  else minute = Math.floor(random() * 1440);
  const weekday = new Date(Date.UTC(2026, month, day)).getUTCDay();
  if (roll < 0.9 && (weekday === 0 || weekday === 6)) day = Math.min(28, day + (weekday === 6 ? 2 : 1));
  return new Date(new TZDate(2026, month, day, Math.floor(minute / 60), minute % 60, 0, timezone).getTime());
}

function minutesFor(random: () => number, mode: WorkMode): number {
  if (mode === 'onsite') return 30 + 15 * Math.floor(random() * 14);
  return 5 * (1 + Math.floor(random() ** 1.8 * 24));
}

export function buildWork(random: () => number, terms: BillingTerms, index: number, month?: number): WorkFacts {
  const type = pick(random, TYPES);
  const roll = random();
  const mode: WorkMode = roll < 0.08 ? 'onsite' : roll < 0.28 ? 'phone' : 'remote';
  const minutes = type === 'service_request' && random() < 0.5 ? 5 + 5 * Math.floor(random() * 5) : minutesFor(random, mode);
  const startedAt = startFor(random, terms.clientTimezone, month);
  const assets: AssetFacts[] = [];
  if (type === 'maintenance' || type === 'alert' || random() < 0.3) {
    const cls = pick(random, CLASSES);
    assets.push({ id: `a-${cls}-${index % 50}`, name: `${cls}-${index % 50}`, class: cls, isSupported: random() > 0.01 });
  }
  const needsApproval = ['change', 'problem', 'service_request', 'maintenance'].includes(type);
  const approvalRoll = random();
  const approval = !needsApproval || approvalRoll < 0.1
    ? null
    : approvalRoll < 0.2
      ? { estimateId: `est-${index % 500}`, minutes: null, amount: '1250.00' }
      : { estimateId: `est-${index % 500}`, minutes: 60 * (2 + (index % 10)), amount: null };
  return {
    entryId: `e${index}`,
    startedAt,
    endedAt: new Date(startedAt.getTime() + minutes * 60_000),
    minutes,
    mode,
    isInternal: random() < 0.015,
    ticket: {
      id: `t${index % 2000}`,
      type,
      phase: type === 'maintenance' ? (random() < 0.6 ? 'assessment' : 'remediation') : null,
      priority: pick(random, ['P1', 'P2', 'P3', 'P3', 'P4'] as const),
    },
    assets,
    approval,
  };
}

/** What earlier work used: some months' quotas gone, minutes on the ticket, retainer balances. */
function stateFor(random: () => number, work: WorkFacts, terms: BillingTerms): AllowanceState {
  const month = work.startedAt.toISOString().slice(0, 7);
  const units = terms.contract?.kind === 'retainer' ? pick(random, [0, 3, 40, 160]) : 0;
  return createAllowanceState({
    quotaSessionsUsed: { [month]: pick(random, [0, 1, 2, 5]) },
    ticketMinutes: { [work.ticket.id]: pick(random, [0, 0, 15, 25, 45]) },
    approvalMinutesUsed: work.approval ? { [work.approval.estimateId]: pick(random, [0, 60, 600]) } : {},
    lots: units ? [{ id: `lot-${units}`, effectiveAt: new Date('2025-12-01T00:00:00Z'), expiresAt: null, units }] : [],
  });
}

export function buildCases(count: number, seed = 42): EngineCase[] {
  const random = prng(seed);
  const pool = buildTermsPool();
  return Array.from({ length: count }, (_, index) => {
    const terms = pool[index % pool.length];
    const work = buildWork(random, terms, index);
    return { work, terms, state: stateFor(random, work, terms) };
  });
}

/** One sequence per contract per month (`perMonth` entries each), as a period re-decision sees them. */
export function buildSequences(months: number, perMonth: number, seed = 7): { items: SequenceItem[]; initial: InitialAllowances }[] {
  const random = prng(seed);
  const pool = buildTermsPool();
  const sequences = [];
  let index = 0;
  for (const terms of pool) {
    for (let month = 0; month < months; month++) {
      const items = Array.from({ length: perMonth }, () => ({ work: buildWork(random, terms, index++, month % 12), terms }));
      const lots = terms.contract?.kind === 'retainer'
        ? [{ id: `q-${month}`, effectiveAt: new Date(Date.UTC(2026, month % 12, 1)), expiresAt: null, units: 120 }]
        : undefined;
      sequences.push({ items, initial: { lots } });
    }
  }
  return sequences;
}
