import { formatDuration } from '../rounding.ts';
import type { RuleContext, RuleHandler } from './context.ts';
import { billedAgainstApproval } from './approval.ts';
import { unpricedPart } from './parts.ts';
import { rateForMode } from './rates.ts';

/** Managed-contract rules need the tier the contract is bound to. */
export function isManaged(c: RuleContext): boolean {
  return c.terms.contract?.kind === 'managed' && c.terms.tier !== null;
}

export const projectWork: RuleHandler = (c) =>
  isManaged(c) && c.work.ticket.type === 'change'
    ? billedAgainstApproval(c, 'hardware, software and project work', rateForMode(c, false))
    : null;

/** Seed 002: minor, well-defined service requests are included; new scope is not. */
export const serviceRequest: RuleHandler = (c) => {
  if (!isManaged(c) || c.work.ticket.type !== 'service_request') return null;
  const allowance = c.terms.tier!.minorRequestAllowanceMinutes;
  const loggedBefore = c.state.ticketMinutes.get(c.work.ticket.id) ?? 0;
  const total = loggedBefore + c.work.minutes;
  if (total <= allowance) {
    return {
      parts: [unpricedPart('covered', c.work.minutes)],
      reason: `Covered: a minor service request (${formatDuration(total)} of the ${formatDuration(allowance)} allowance used).`,
    };
  }
  return billedAgainstApproval(
    c,
    `new scope (this service request goes past the ${formatDuration(allowance)} minor-request allowance)`,
    rateForMode(c, false),
  );
};

export const problem: RuleHandler = (c) =>
  isManaged(c) && c.work.ticket.type === 'problem'
    ? billedAgainstApproval(c, 'solution design (root-cause work after an incident is resolved)', rateForMode(c, false))
    : null;

export const maintenanceRemediation: RuleHandler = (c) =>
  isManaged(c) && c.work.ticket.type === 'maintenance' && c.work.ticket.phase === 'remediation'
    ? billedAgainstApproval(c, 'maintenance remediation', rateForMode(c, false))
    : null;
