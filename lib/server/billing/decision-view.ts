import type { Prisma } from '@/lib/db/generated/client.ts';

/** A current decision as every screen shows it: outcome, reason, parts; money as strings. */
export interface DecisionView {
  outcome: string;
  reason: string;
  rule: string;
  billableAmount: string;
  retainerUnits: number;
  parts: { outcome: string; minutes: number; units: number; rate: string | null; amount: string; isAfterHours: boolean }[];
}

export const decisionViewSelect = {
  outcome: true,
  reason: true,
  rule: true,
  billableAmount: true,
  retainerUnits: true,
  parts: { select: { outcome: true, minutes: true, units: true, rate: true, amount: true, isAfterHours: true } },
} as const satisfies Prisma.BillingDecisionSelect;

type Row = Prisma.BillingDecisionGetPayload<{ select: typeof decisionViewSelect }>;

export function toDecisionView(decision: Row | undefined): DecisionView | null {
  if (!decision) return null;
  return {
    outcome: decision.outcome,
    reason: decision.reason,
    rule: decision.rule,
    billableAmount: decision.billableAmount.toFixed(2),
    retainerUnits: decision.retainerUnits,
    parts: decision.parts.map((p) => ({ ...p, rate: p.rate?.toFixed(2) ?? null, amount: p.amount.toFixed(2) })),
  };
}
