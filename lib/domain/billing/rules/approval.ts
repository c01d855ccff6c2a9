import { formatDuration } from '../rounding.ts';
import { formatMoney, type Money } from '../../money/decimal.ts';
import type { RuleContext, RuleResult } from './context.ts';
import { billablePart, unpricedPart } from './parts.ts';

/**
 * Billable work that needs the customer's consent: billed against the ticket's approved
 * estimate, or refused until there is one.
 */
export function billedAgainstApproval(context: RuleContext, what: string, rate: Money): RuleResult {
  const { work, state } = context;
  const approval = work.approval;
  if (!approval) {
    return {
      parts: [unpricedPart('refused', work.minutes)],
      reason: `Refused: ${what} needs an approved estimate before work is logged.`,
      needsApproval: true,
    };
  }
  if (approval.amount !== null) {
    return {
      parts: [{ ...unpricedPart('billable', work.minutes), rate: null, amount: '0.00' }],
      reason: `Billable: ${what}, billed as the approved flat fee of ${formatMoney(approval.amount)}.`,
      estimateId: approval.estimateId,
    };
  }
  const usedBefore = state.approvalMinutesUsed.get(approval.estimateId) ?? 0;
  const approvedMinutes = approval.minutes ?? 0;
  const overrun = Math.max(0, usedBefore + work.minutes - approvedMinutes);
  const overrunNote =
    overrun > 0 ? ` This takes it ${formatDuration(overrun)} over the approved ${formatDuration(approvedMinutes)}.` : '';
  return {
    parts: [billablePart(work.minutes, rate)],
    reason: `Billable: ${what}, against the approved estimate of ${formatDuration(approvedMinutes)}.${overrunNote}`,
    estimateId: approval.estimateId,
  };
}
