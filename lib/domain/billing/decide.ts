import { monthKey, splitByCalendar } from '../calendar/index.ts';
import { addTo, drawUnits, type AllowanceState } from './allowance-state.ts';
import type { RuleContext, RuleResult } from './rules/context.ts';
import { RULE_HANDLERS } from './rules/handlers.ts';
import { fallback } from './rules/contract-rules.ts';
import { sumAmounts } from './rules/parts.ts';
import { effectiveRates } from './rules/rates.ts';
import type { RuleSpec } from './rules/rule-spec.ts';
import type { BillingTerms, Decision, DecisionPart, Outcome, WorkFacts } from './types.ts';

const FALLBACK_SPEC: RuleSpec = { id: 'fallback', kind: 'fallback', isEnabled: true };

export function rulesFor(terms: BillingTerms): RuleSpec[] {
  if (!terms.contract) return terms.defaultRules;
  return terms.contract.rules ?? terms.tier?.rules ?? terms.defaultRules;
}

/** The headline of a split decision: refused beats billable beats retainer beats covered. */
export function primaryOutcome(parts: DecisionPart[]): Outcome {
  const order: Outcome[] = ['refused', 'billable', 'retainer', 'covered', 'non_billable'];
  for (const outcome of order) if (parts.some((part) => part.outcome === outcome && part.minutes + part.units > 0)) return outcome;
  return parts[0]?.outcome ?? 'non_billable';
}

function splitMinutes(work: WorkFacts, terms: BillingTerms): { inHours: number; afterHours: number } {
  const calendar = terms.tier?.calendar;
  if (!calendar || calendar.is24x7 || work.minutes === 0) return { inHours: work.minutes, afterHours: 0 };
  const split = splitByCalendar(calendar, work.startedAt, work.endedAt);
  const inHours = Math.min(work.minutes, split.inHoursMinutes);
  return { inHours, afterHours: work.minutes - inHours };
}

/**
 * Decides one piece of work given what earlier work has used. Pure: the same facts, terms and
 * allowances always give the same decision. The first enabled rule that matches decides.
 */
export function decide(work: WorkFacts, terms: BillingTerms, state: Readonly<AllowanceState>): Decision {
  const { inHours, afterHours } = splitMinutes(work, terms);
  // one context, its `spec` moved along the rules (handlers do not keep it): no allocation per rule
  const context: RuleContext = {
    spec: FALLBACK_SPEC,
    work,
    terms,
    state,
    rates: effectiveRates(terms),
    inHoursMinutes: inHours,
    afterHoursMinutes: afterHours,
    monthKey: monthKey(terms.clientTimezone, work.startedAt),
  };
  let spec = FALLBACK_SPEC;
  let result: RuleResult | null = null;
  for (const candidate of rulesFor(terms)) {
    if (!candidate.isEnabled) continue;
    context.spec = candidate;
    result = RULE_HANDLERS[candidate.kind](context);
    if (result) {
      spec = candidate;
      break;
    }
  }
  if (!result) {
    context.spec = FALLBACK_SPEC;
    result = fallback(context)!;
  }
  return {
    outcome: primaryOutcome(result.parts),
    parts: result.parts,
    rule: spec.id,
    reason: result.reason,
    needsApproval: result.needsApproval ?? false,
    quotaSessionsUsed: result.quotaSessionsUsed ?? 0,
    retainerUnitsDrawn: result.retainerUnitsDrawn ?? 0,
    billableAmount: sumAmounts(result.parts),
    estimateId: result.estimateId ?? null,
    isRetainerExhausted: result.isRetainerExhausted ?? false,
    tierVersionId: terms.tier?.tierVersionId ?? null,
    contractVersion: terms.contract?.version ?? null,
  };
}

/** Records what a decision used, so the next piece of work sees it. Refused work uses nothing. */
export function applyDecision(state: AllowanceState, work: WorkFacts, decision: Decision, clientTimezone: string): void {
  if (decision.outcome === 'refused') return;
  addTo(state.ticketMinutes, work.ticket.id, work.minutes);
  if (decision.quotaSessionsUsed > 0) addTo(state.quotaSessionsUsed, monthKey(clientTimezone, work.startedAt), decision.quotaSessionsUsed);
  if (decision.estimateId) addTo(state.approvalMinutesUsed, decision.estimateId, work.minutes);
  if (decision.retainerUnitsDrawn > 0) drawUnits(state, work.startedAt, decision.retainerUnitsDrawn);
}
