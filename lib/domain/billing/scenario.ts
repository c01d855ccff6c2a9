import { z } from 'zod';
import { localInstant, monthKey } from '../calendar/index.ts';
import { createAllowanceState } from './allowance-state.ts';
import { decide } from './decide.ts';
import { DEFAULT_ROUNDING, formatDuration } from './rounding.ts';
import { DEFAULT_RULES } from './rules/rule-spec.ts';
import type { BillingTerms, Decision, Outcome, TierTerms, WorkFacts } from './types.ts';

const ASSET_CLASSES = ['server', 'workstation', 'firewall', 'router', 'switch', 'wireless', 'backup', 'software_licence', 'cloud_service', 'other'] as const;

/** A piece of work an admin imagines, to see how a tier would decide it. */
export const tierScenarioSchema = z.object({
  ticketType: z.enum(['incident', 'service_request', 'problem', 'change', 'maintenance', 'alert'], { error: 'Choose a ticket type.' }),
  phase: z.enum(['assessment', 'remediation']).nullable().default(null),
  mode: z.enum(['remote', 'onsite', 'phone'], { error: 'Choose remote, onsite or phone.' }),
  /** 0 = Sunday … 6 = Saturday */
  weekday: z.coerce.number().int().min(0, 'Choose a weekday.').max(6, 'Choose a weekday.'),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Give a start time as HH:MM.'),
  durationMinutes: z.coerce.number({ error: 'Give the duration in minutes.' }).int('Whole minutes.').min(1, 'At least one minute.').max(1440, 'At most 24 hours.'),
  /** help-desk sessions already used this month */
  quotaSessionsUsed: z.coerce.number().int().min(0, 'Zero or more.').max(1000).default(0),
  /** minutes already logged on the ticket (the minor-request allowance) */
  ticketMinutesBefore: z.coerce.number().int().min(0).max(100_000).default(0),
  assetClass: z.enum(ASSET_CLASSES).nullable().default(null),
  hasApprovedEstimate: z.boolean().default(false),
});
export type TierScenario = z.infer<typeof tierScenarioSchema>;

/** An admin-written check: "a 20-minute Saturday incident for Gold is covered". */
export const scenarioTestSchema = z.object({
  name: z.string().trim().min(1, 'Name the scenario.').max(160, 'Keep the name under 160 characters.'),
  scenario: tierScenarioSchema,
  expectOutcome: z.enum(['covered', 'retainer', 'billable', 'non_billable', 'refused'], { error: 'Choose the expected outcome.' }),
});
export type ScenarioTest = z.infer<typeof scenarioTestSchema>;
export const scenarioTestListSchema = z.array(scenarioTestSchema).max(50, 'At most 50 scenario tests per tier.');

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const TYPE_LABELS: Record<TierScenario['ticketType'], string> = {
  incident: 'incident',
  service_request: 'service request',
  problem: 'problem (solution design)',
  change: 'change',
  maintenance: 'maintenance',
  alert: 'alert remediation',
};

function weekdayOf(dateKey: string): number {
  const [y, m, d] = dateKey.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

function addDays(dateKey: string, days: number): string {
  const [y, m, d] = dateKey.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The first date on or after `fromDate` with the scenario's weekday that is not a holiday. */
export function scenarioDate(weekday: number, fromDate: string, holidays: string[]): string {
  let date = addDays(fromDate, (weekday - weekdayOf(fromDate) + 7) % 7);
  for (let i = 0; i < 60 && holidays.includes(date); i++) date = addDays(date, 7);
  return date;
}

/** The scenario as the engine's facts, placed on a real date in the tier calendar's timezone. */
export function scenarioWork(scenario: TierScenario, tier: TierTerms, fromDate: string): WorkFacts {
  const date = scenarioDate(scenario.weekday, fromDate, tier.calendar.is24x7 ? [] : tier.calendar.holidays);
  const startedAt = localInstant(tier.calendar.timezone, date, scenario.time);
  return {
    entryId: 'scenario-entry',
    startedAt,
    endedAt: new Date(startedAt.getTime() + scenario.durationMinutes * 60_000),
    minutes: scenario.durationMinutes,
    mode: scenario.mode,
    isInternal: false,
    ticket: {
      id: 'scenario-ticket',
      type: scenario.ticketType,
      phase: scenario.ticketType === 'maintenance' ? (scenario.phase ?? 'assessment') : null,
      priority: 'P3',
    },
    assets: scenario.assetClass ? [{ id: 'scenario-asset', name: 'the asset', class: scenario.assetClass, isSupported: true }] : [],
    approval: scenario.hasApprovedEstimate
      ? { estimateId: 'scenario-estimate', minutes: scenario.ticketMinutesBefore + scenario.durationMinutes, amount: null }
      : null,
  };
}

/** Terms of a managed contract on the tier, with no rates of its own. */
export function managedTermsFor(tier: TierTerms): BillingTerms {
  return {
    clientTimezone: tier.calendar.timezone,
    tier,
    defaultStandardRate: tier.standardRate,
    defaultRules: DEFAULT_RULES,
    contract: {
      id: 'scenario-contract',
      number: 'SCENARIO',
      version: 1,
      kind: 'managed',
      standardRate: null,
      afterHoursMultiplier: null,
      onsiteRate: null,
      overageRate: null,
      afterHoursBurnRate: null,
      rounding: DEFAULT_ROUNDING,
      rules: null,
    },
  };
}

/** How the tier would decide the scenario. `fromDate` ('YYYY-MM-DD') picks the week. */
export function decideScenario(tier: TierTerms, scenario: TierScenario, fromDate: string): Decision {
  const work = scenarioWork(scenario, tier, fromDate);
  const terms = managedTermsFor(tier);
  const state = createAllowanceState({
    quotaSessionsUsed: { [monthKey(terms.clientTimezone, work.startedAt)]: scenario.quotaSessionsUsed },
    ticketMinutes: { [work.ticket.id]: scenario.ticketMinutesBefore },
  });
  return decide(work, terms, state);
}

export function describeScenario(scenario: TierScenario): string {
  const type = scenario.ticketType === 'maintenance' ? `maintenance ${scenario.phase ?? 'assessment'}` : TYPE_LABELS[scenario.ticketType];
  const article = /^[aeiou]/.test(type) ? 'An' : 'A';
  const mode = scenario.mode === 'remote' ? 'remote' : scenario.mode;
  return `${article} ${type} at ${scenario.time} on a ${WEEKDAY_NAMES[scenario.weekday]} (${formatDuration(scenario.durationMinutes)}, ${mode})`;
}

/** "covered", "billable at 1.5×", "billable at $140.00/h, with the customer's approval", … */
export function describeOutcome(decision: Decision, afterHoursMultiplier: string): string {
  const billable = decision.parts.filter((part) => part.outcome === 'billable' && part.minutes + part.units > 0);
  const hasCovered = decision.parts.some((part) => part.outcome === 'covered' && part.minutes > 0);
  const approval = decision.estimateId ? ', against the approved estimate' : '';
  switch (decision.outcome) {
    case 'covered': return 'covered';
    case 'retainer': return 'drawn from the retainer';
    case 'non_billable': return 'not billed';
    case 'refused': return decision.needsApproval ? 'refused until the customer approves an estimate' : 'refused';
    case 'billable': {
      const multiplier = `${Number(afterHoursMultiplier)}×`;
      if (billable.length > 0 && billable.every((part) => part.isAfterHours)) return `${hasCovered ? 'partly covered, partly ' : ''}billable at ${multiplier}${approval}`;
      if (hasCovered) return `partly covered, partly billable${approval}`;
      const rate = billable.find((part) => part.rate !== null)?.rate;
      return rate ? `billable at $${rate}/h${approval}` : `billable${approval}`;
    }
  }
}

export interface ScenarioPreview {
  headline: string;
  outcome: Outcome;
  rule: string;
  reason: string;
  sentence: string;
}

export function previewScenario(tier: TierTerms, scenario: TierScenario, fromDate: string): ScenarioPreview {
  const decision = decideScenario(tier, scenario, fromDate);
  const headline = `${describeScenario(scenario)} for ${tier.name} would be: ${describeOutcome(decision, tier.afterHoursMultiplier)}`;
  return { headline, outcome: decision.outcome, rule: decision.rule, reason: decision.reason, sentence: `${headline}, because “${decision.reason}”` };
}

export interface ScenarioTestResult {
  name: string;
  expectOutcome: Outcome;
  actualOutcome: Outcome;
  passed: boolean;
  reason: string;
}

export function runScenarioTests(tier: TierTerms, tests: ScenarioTest[], fromDate: string): ScenarioTestResult[] {
  return tests.map((test) => {
    const decision = decideScenario(tier, test.scenario, fromDate);
    return { name: test.name, expectOutcome: test.expectOutcome, actualOutcome: decision.outcome, passed: decision.outcome === test.expectOutcome, reason: decision.reason };
  });
}
