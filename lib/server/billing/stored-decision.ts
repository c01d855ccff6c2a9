import type { Decision, DecisionPart } from '@/lib/domain/billing/index.ts';

export const currentDecisionSelect = {
  id: true,
  outcome: true,
  rule: true,
  reason: true,
  needsApproval: true,
  quotaSessions: true,
  retainerUnits: true,
  billableAmount: true,
  tierVersionId: true,
  contractVersion: true,
  inputs: true,
  parts: {
    orderBy: { id: 'asc' },
    select: { outcome: true, minutes: true, units: true, rate: true, amount: true, isAfterHours: true },
  },
} as const;

type Stringable = { toString(): string };
export interface StoredDecision {
  id: string;
  outcome: Decision['outcome'];
  rule: string;
  reason: string;
  needsApproval: boolean;
  quotaSessions: number;
  retainerUnits: number;
  billableAmount: Stringable;
  tierVersionId: string | null;
  contractVersion: number | null;
  inputs: unknown;
  parts: { outcome: DecisionPart['outcome']; minutes: number; units: number; rate: Stringable | null; amount: Stringable; isAfterHours: boolean }[];
}

const cents = (value: Stringable) => Number(value.toString()).toFixed(2);

/** A decision as the database holds it, in the engine's shape (parts in a stable order). */
export function fromStored(stored: StoredDecision, estimateId: string | null): Decision {
  const inputs = (stored.inputs ?? {}) as { isRetainerExhausted?: boolean; partOrder?: number[] };
  return {
    outcome: stored.outcome,
    rule: stored.rule,
    reason: stored.reason,
    needsApproval: stored.needsApproval,
    quotaSessionsUsed: stored.quotaSessions,
    retainerUnitsDrawn: stored.retainerUnits,
    billableAmount: cents(stored.billableAmount),
    estimateId,
    isRetainerExhausted: inputs.isRetainerExhausted ?? false,
    tierVersionId: stored.tierVersionId,
    contractVersion: stored.contractVersion,
    parts: stored.parts.map((part) => ({
      outcome: part.outcome,
      minutes: part.minutes,
      units: part.units,
      rate: part.rate === null ? null : cents(part.rate),
      amount: cents(part.amount),
      isAfterHours: part.isAfterHours,
    })),
  };
}

function comparable(decision: Decision) {
  const parts = decision.parts
    .map((p) => `${p.outcome}|${p.minutes}|${p.units}|${p.rate}|${p.amount}|${p.isAfterHours}`)
    .sort();
  return JSON.stringify([
    decision.outcome,
    decision.rule,
    decision.reason,
    decision.needsApproval,
    decision.quotaSessionsUsed,
    decision.retainerUnitsDrawn,
    decision.billableAmount,
    decision.estimateId,
    decision.tierVersionId,
    decision.contractVersion,
    parts,
  ]);
}

export function isSameDecision(a: Decision, b: Decision): boolean {
  return comparable(a) === comparable(b);
}
