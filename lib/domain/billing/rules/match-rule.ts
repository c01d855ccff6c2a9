import type { RuleHandler } from './context.ts';
import { billedAgainstApproval } from './approval.ts';
import { billablePart, unpricedPart } from './parts.ts';

/** An admin-written rule: conditions on the work, a fixed outcome and the admin's reason. */
export const match: RuleHandler = (c) => {
  const spec = c.spec.match;
  if (!spec) return null;
  const { when, then } = spec;
  const { ticket, mode } = c.work;
  if (when.ticketTypes && !when.ticketTypes.includes(ticket.type)) return null;
  if (when.phases && (!ticket.phase || !when.phases.includes(ticket.phase))) return null;
  if (when.modes && !when.modes.includes(mode)) return null;
  const isAfterHours = c.afterHoursMinutes > 0 && c.inHoursMinutes === 0;
  if (when.isAfterHours !== undefined && when.isAfterHours !== isAfterHours) return null;

  const rate =
    then.rate === 'onsite' ? c.rates.onsite : then.rate === 'after_hours' ? c.rates.afterHours : c.rates.standard;
  if (then.outcome === 'billable' && then.needsApproval) return billedAgainstApproval(c, spec.reason, rate);
  if (then.outcome === 'billable') return { parts: [billablePart(c.work.minutes, rate, isAfterHours)], reason: spec.reason };
  return { parts: [unpricedPart(then.outcome, c.work.minutes, isAfterHours)], reason: spec.reason };
};
