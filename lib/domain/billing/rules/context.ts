import type { AllowanceState } from '../allowance-state.ts';
import type { BillingTerms, DecisionPart, WorkFacts } from '../types.ts';
import type { RuleSpec } from './rule-spec.ts';
import type { Money } from '../../money/decimal.ts';

export interface EffectiveRates {
  standard: Money;
  afterHours: Money;
  onsite: Money;
  onsiteAfterHours: Money;
  overage: Money;
  afterHoursMultiplier: Money;
}

export interface RuleContext {
  spec: RuleSpec;
  work: WorkFacts;
  terms: BillingTerms;
  state: Readonly<AllowanceState>;
  rates: EffectiveRates;
  /** the work's minutes inside and outside the tier's support hours */
  inHoursMinutes: number;
  afterHoursMinutes: number;
  /** the client's calendar month of the work, 'YYYY-MM' */
  monthKey: string;
}

/** What a matching rule decided, before the engine applies its effects to the allowances. */
export interface RuleResult {
  parts: DecisionPart[];
  reason: string;
  needsApproval?: boolean;
  quotaSessionsUsed?: number;
  retainerUnitsDrawn?: number;
  estimateId?: string | null;
  isRetainerExhausted?: boolean;
}

export type RuleHandler = (context: RuleContext) => RuleResult | null;
