import { formatDuration } from '../rounding.ts';
import type { DecisionPart } from '../types.ts';
import type { RuleContext, RuleHandler, RuleResult } from './context.ts';
import { billablePart, nonEmpty, unpricedPart } from './parts.ts';
import { multiplierLabel, rateForMode } from './rates.ts';
import { isManaged } from './scope-rules.ts';

function afterHoursPart(c: RuleContext): DecisionPart[] {
  return c.afterHoursMinutes > 0 ? [billablePart(c.afterHoursMinutes, rateForMode(c, true), true)] : [];
}

function afterHoursNote(c: RuleContext): string {
  if (c.afterHoursMinutes === 0) return '';
  return ` ${formatDuration(c.afterHoursMinutes)} outside ${c.terms.tier!.name} support hours ${c.afterHoursMinutes === 1 ? 'is' : 'are'} billable at the after-hours rate (${multiplierLabel(c.rates.afterHoursMultiplier)}).`;
}

function allAfterHours(c: RuleContext, what: string): RuleResult {
  return {
    parts: afterHoursPart(c),
    reason: `Billable at the after-hours rate (${multiplierLabel(c.rates.afterHoursMultiplier)}): ${what} outside ${c.terms.tier!.name} support hours.`,
  };
}

export const onsite: RuleHandler = (c) => {
  const type = c.work.ticket.type;
  if (!isManaged(c) || c.work.mode !== 'onsite' || (type !== 'incident' && type !== 'alert')) return null;
  const tier = c.terms.tier!;
  if (!tier.includesOnsite) {
    return {
      parts: nonEmpty([billablePart(c.inHoursMinutes, rateForMode(c, false)), ...afterHoursPart(c)]),
      reason: `Billable at the onsite rate: ${tier.name} does not include onsite visits.`,
    };
  }
  if (c.inHoursMinutes === 0 && c.afterHoursMinutes > 0) return allAfterHours(c, 'an onsite visit');
  return {
    parts: nonEmpty([unpricedPart('covered', c.inHoursMinutes), ...afterHoursPart(c)]),
    reason: `Covered: onsite visits during support hours are included in ${tier.name}.${afterHoursNote(c)}`,
  };
};

/**
 * Break/fix: covered in support hours; on help-desk quota tiers each remote or phone entry
 * is one session, covered up to the session length while the month's sessions last.
 */
export const incident: RuleHandler = (c) => {
  if (!isManaged(c) || c.work.ticket.type !== 'incident') return null;
  const tier = c.terms.tier!;
  if (c.inHoursMinutes === 0 && c.afterHoursMinutes > 0) return allAfterHours(c, 'an incident');
  const sessions = tier.helpdeskSessionsPerMonth;
  if (sessions === null) {
    return {
      parts: nonEmpty([unpricedPart('covered', c.inHoursMinutes), ...afterHoursPart(c)]),
      reason: `Covered: incident during ${tier.name} support hours.${afterHoursNote(c)}`,
    };
  }
  const isSession = c.work.mode === 'remote' || c.work.mode === 'phone';
  const used = c.state.quotaSessionsUsed.get(c.monthKey) ?? 0;
  if (!isSession || used >= sessions) {
    const why = isSession
      ? `this month's ${sessions} included help-desk session${sessions === 1 ? ' is' : 's are'} used up`
      : `${tier.name} covers remote and phone help-desk sessions only`;
    return {
      parts: nonEmpty([billablePart(c.inHoursMinutes, rateForMode(c, false)), ...afterHoursPart(c)]),
      reason: `Billable at the standard rate: ${why}.${afterHoursNote(c)}`,
    };
  }
  const sessionMinutes = tier.helpdeskSessionMinutes ?? c.inHoursMinutes;
  const coveredMinutes = Math.min(c.inHoursMinutes, sessionMinutes);
  const extra = c.inHoursMinutes - coveredMinutes;
  const extraNote = extra > 0 ? ` The remaining ${formatDuration(extra)} ${extra === 1 ? 'is' : 'are'} billable at the standard rate.` : '';
  return {
    parts: nonEmpty([
      unpricedPart('covered', coveredMinutes),
      ...(extra > 0 ? [billablePart(extra, rateForMode(c, false))] : []),
      ...afterHoursPart(c),
    ]),
    reason: `Covered: help-desk session ${used + 1} of ${sessions} this month (up to ${formatDuration(sessionMinutes)}).${extraNote}${afterHoursNote(c)}`,
    quotaSessionsUsed: 1,
  };
};

export const maintenanceAssessment: RuleHandler = (c) => {
  if (!isManaged(c) || c.work.ticket.type !== 'maintenance' || c.work.ticket.phase === 'remediation') return null;
  const tier = c.terms.tier!;
  const classes = [...new Set(c.work.assets.map((asset) => asset.class))];
  const uncovered = classes.filter((cls) => !tier.maintenanceAssessmentClasses.includes(cls));
  if (classes.length > 0 && uncovered.length === 0) {
    return {
      parts: [unpricedPart('covered', c.work.minutes)],
      reason: `Covered: maintenance assessment of ${classes.map(classLabel).join(', ')} is included in ${tier.name}.`,
    };
  }
  const why = classes.length === 0
    ? 'no asset of a covered class is linked to this maintenance ticket'
    : `${tier.name} does not include assessment of ${uncovered.map(classLabel).join(', ')}`;
  return { parts: [billablePart(c.work.minutes, rateForMode(c, false))], reason: `Billable at the standard rate: ${why}.` };
};

export const alertRemediation: RuleHandler = (c) => {
  if (!isManaged(c) || c.work.ticket.type !== 'alert') return null;
  const tier = c.terms.tier!;
  if (tier.includesAlertRemediation) {
    return { parts: [unpricedPart('covered', c.work.minutes)], reason: `Covered: alert remediation is included in ${tier.name}.` };
  }
  return {
    parts: nonEmpty([billablePart(c.inHoursMinutes, rateForMode(c, false)), ...afterHoursPart(c)]),
    reason: `Billable: ${tier.name} does not include remediation of monitoring alerts.`,
  };
};

export function classLabel(assetClass: string): string {
  return assetClass === 'server' ? 'servers' : assetClass === 'switch' ? 'switches' : `${assetClass.replace('_', ' ')}s`;
}
