/** Shared shape and check for the rule table tests. */
import { expect } from 'vitest';
import {
  createAllowanceState,
  decide,
  type AllowanceState,
  type BillingTerms,
  type Decision,
  type DecisionPart,
  type Outcome,
  type WorkFacts,
} from '@/lib/domain/billing/index.ts';

export interface Row {
  name: string;
  work: WorkFacts;
  terms: BillingTerms;
  state?: AllowanceState;
  outcome: Outcome;
  parts: DecisionPart[];
  /** billableAmount, exact */
  amount: string;
  /** checked loosely */
  reason: RegExp | RegExp[];
  /** the id of the rule that decided */
  rule?: string;
  /** further decision fields checked exactly */
  extra?: Partial<Decision>;
}

export function checkRow(row: Row): void {
  const decision = decide(row.work, row.terms, row.state ?? createAllowanceState());
  expect(decision.outcome).toBe(row.outcome);
  expect(decision.parts).toEqual(row.parts);
  expect(decision.billableAmount).toBe(row.amount);
  for (const pattern of Array.isArray(row.reason) ? row.reason : [row.reason]) expect(decision.reason).toMatch(pattern);
  if (row.rule) expect(decision.rule).toBe(row.rule);
  if (row.extra) expect(decision).toMatchObject(row.extra);
}
