import type { RuleSpec } from '@/lib/domain/billing/index.ts';
import type { ScenarioTest, TierScenario } from '@/lib/domain/billing/scenario.ts';
import type { TierTerms } from '@/lib/server/tiers/tier-terms-input.ts';
import { humanize } from '@/lib/utils/format.ts';

const options = (values: readonly string[]) => values.map((value) => ({ value, label: humanize(value) }));

export const CHANNEL_OPTIONS = options(['portal', 'email', 'phone', 'hotline']);
export const TICKET_TYPE_OPTIONS = options(['incident', 'service_request', 'problem', 'change', 'maintenance', 'alert']);
export const ASSET_CLASS_OPTIONS = options(['server', 'workstation', 'firewall', 'router', 'switch', 'wireless', 'backup', 'software_licence', 'cloud_service', 'other']);
export const MODE_OPTIONS = options(['remote', 'phone', 'onsite']);
export const PHASE_OPTIONS = options(['assessment', 'remediation']);
export const OUTCOME_OPTIONS = options(['covered', 'billable', 'non_billable', 'refused']);
export const WEEKDAY_OPTIONS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].map((label, value) => ({ value: String(value), label }));
export const INCLUDED_SERVICE_OPTIONS = [
  { value: 'monitoring', label: 'Monitoring', key: 'includesMonitoring' },
  { value: 'maintenance', label: 'Scheduled maintenance', key: 'includesMaintenance' },
  { value: 'audits', label: 'Network audits', key: 'includesAudits' },
  { value: 'onsite', label: 'Onsite visits', key: 'includesOnsite' },
  { value: 'alert_remediation', label: 'Remediation of monitoring alerts', key: 'includesAlertRemediation' },
] as const;
export const PRIORITY_KEYS = ['P1', 'P2', 'P3', 'P4'] as const;

/** What the tier form starts from: plain data a server page can hand to the client form. */
export interface TierFormValues {
  name: string;
  description: string;
  terms: TierTerms;
  scenarios: ScenarioTest[];
}

export const DEFAULT_SCENARIO: TierScenario = {
  ticketType: 'incident',
  phase: null,
  mode: 'remote',
  weekday: 6,
  time: '21:00',
  durationMinutes: 60,
  quotaSessionsUsed: 0,
  ticketMinutesBefore: 0,
  assetClass: null,
  hasApprovedEstimate: false,
};

export function ruleTitle(rule: RuleSpec): string {
  return rule.label ?? rule.match?.reason ?? humanize(rule.kind);
}

/** Conditions of a match rule in words: "incident · after hours · onsite". */
export function describeConditions(rule: RuleSpec): string {
  const when = rule.match?.when;
  if (!when) return '';
  const parts = [
    when.ticketTypes?.map(humanize).join(' or '),
    when.phases?.map(humanize).join(' or '),
    when.modes?.map(humanize).join(' or '),
    when.isAfterHours === undefined ? undefined : when.isAfterHours ? 'after hours' : 'in support hours',
  ].filter(Boolean);
  const then = rule.match!.then;
  const outcome = `${humanize(then.outcome)}${then.outcome === 'billable' ? ` at the ${then.rate.replace('_', '-')} rate` : ''}${then.needsApproval ? ', needs approval' : ''}`;
  return `When ${parts.length ? parts.join(' · ') : 'any work'} → ${outcome}`;
}
