import type { RuleSpec } from './rules/rule-spec.ts';
import type { ContractKind, MaintenancePhase, TicketType, WorkMode } from './types.ts';

/**
 * One kind of work, as far as the rules can tell work apart. Every built-in rule's guard and
 * every `match` condition depends on these facts only, so checking all combinations (about a
 * thousand) tells exactly which rule decides what.
 */
export interface WorkCase {
  /** `managed_without_tier`: a managed contract not bound to a tier (the managed rules skip it) */
  contract: 'none' | ContractKind | 'managed_without_tier';
  ticketType: TicketType;
  phase: MaintenancePhase | null;
  mode: WorkMode;
  /** all of the work falls outside support hours */
  isAfterHours: boolean;
  isInternal: boolean;
  hasUnsupportedAsset: boolean;
}

export type RuleIssueCode = 'duplicate_id' | 'unreachable' | 'never_matches' | 'missing_fallback' | 'no_enabled_rules';

export interface RuleIssue {
  code: RuleIssueCode;
  severity: 'error' | 'warning';
  ruleId: string | null;
  message: string;
  /** unreachable: the rules that decide this rule's work first */
  shadowedBy?: string[];
  /** missing_fallback: a kind of work no rule decides */
  example?: WorkCase;
}

const CONTRACTS: WorkCase['contract'][] = ['none', 'managed', 'managed_without_tier', 'retainer', 'time_and_materials', 'fixed_fee'];
/** A tier's rules only ever see contracts bound to that tier. */
export const TIER_CONTRACTS: WorkCase['contract'][] = ['managed', 'retainer', 'time_and_materials', 'fixed_fee'];
const TICKET_TYPES: TicketType[] = ['incident', 'service_request', 'problem', 'change', 'maintenance', 'alert'];
const MODES: WorkMode[] = ['remote', 'phone', 'onsite'];

export function allWorkCases(contracts: WorkCase['contract'][] = CONTRACTS): WorkCase[] {
  const cases: WorkCase[] = [];
  for (const contract of contracts)
    for (const ticketType of TICKET_TYPES)
      for (const phase of ticketType === 'maintenance' ? [null, 'assessment', 'remediation'] as const : [null])
        for (const mode of MODES)
          for (const isAfterHours of [false, true])
            for (const isInternal of [false, true])
              for (const hasUnsupportedAsset of [false, true])
                cases.push({ contract, ticketType, phase, mode, isAfterHours, isInternal, hasUnsupportedAsset });
  return cases;
}

/** Whether a rule decides this kind of work when it is reached: mirrors each handler's guard. */
export function ruleMatches(rule: RuleSpec, work: WorkCase): boolean {
  const managed = work.contract === 'managed';
  const type = work.ticketType;
  switch (rule.kind) {
    case 'no_active_contract': return work.contract === 'none';
    case 'internal_work': return work.isInternal;
    case 'unsupported_asset': return work.hasUnsupportedAsset;
    case 'retainer': return work.contract === 'retainer';
    case 'time_and_materials': return work.contract === 'time_and_materials';
    case 'fixed_fee_project': return work.contract === 'fixed_fee';
    case 'project_work': return managed && type === 'change';
    case 'service_request': return managed && type === 'service_request';
    case 'problem': return managed && type === 'problem';
    case 'maintenance_remediation': return managed && type === 'maintenance' && work.phase === 'remediation';
    case 'onsite': return managed && work.mode === 'onsite' && (type === 'incident' || type === 'alert');
    case 'incident': return managed && type === 'incident';
    case 'maintenance_assessment': return managed && type === 'maintenance' && work.phase !== 'remediation';
    case 'alert_remediation': return managed && type === 'alert';
    case 'fallback': return true;
    case 'match': {
      const when = rule.match?.when;
      if (!when) return false;
      if (when.ticketTypes && !when.ticketTypes.includes(type)) return false;
      if (when.phases && (!work.phase || !when.phases.includes(work.phase))) return false;
      if (when.modes && !when.modes.includes(work.mode)) return false;
      return when.isAfterHours === undefined || when.isAfterHours === work.isAfterHours;
    }
  }
}

/** The position of the first enabled rule that decides the work, or -1 (the engine's own fallback). */
export function decidingRuleIndex(rules: RuleSpec[], work: WorkCase): number {
  return rules.findIndex((rule) => rule.isEnabled && ruleMatches(rule, work));
}

const CONTRACT_LABELS: Record<WorkCase['contract'], string> = {
  none: 'without a contract',
  managed: 'on a managed contract',
  managed_without_tier: 'on a managed contract without a tier',
  retainer: 'on a retainer',
  time_and_materials: 'on time and materials',
  fixed_fee: 'on a fixed-fee project',
};

export function describeWorkCase(work: WorkCase): string {
  const type = work.ticketType === 'maintenance' && work.phase ? `maintenance ${work.phase}` : work.ticketType.replace('_', ' ');
  const flags = [work.isInternal ? 'internal' : null, work.hasUnsupportedAsset ? 'on an unsupported asset' : null].filter(Boolean);
  return `${work.mode} ${type} ${work.isAfterHours ? 'after hours' : 'in support hours'} ${CONTRACT_LABELS[work.contract]}${flags.length ? ` (${flags.join(', ')})` : ''}`;
}

const labelOf = (rule: RuleSpec) => rule.label ?? rule.match?.reason ?? rule.kind.replace(/_/g, ' ');

const isCatchAll = (rule: RuleSpec) => rule.isEnabled && (rule.kind === 'fallback' || (rule.kind === 'match' && Object.values(rule.match?.when ?? {}).every((v) => v === undefined)));

/**
 * Checks an ordered rule list before it goes live: duplicate ids, rules that can never decide
 * anything because earlier rules always decide their work first (or whose conditions match no
 * work at all), and a missing fallback. `contracts` narrows the work considered (a tier's rules
 * only see contracts bound to it); built-in rules that do not apply there are not reported. Pure.
 */
export function checkRules(rules: RuleSpec[], options: { contracts?: WorkCase['contract'][] } = {}): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    if (seen.has(rule.id)) {
      issues.push({ code: 'duplicate_id', severity: 'error', ruleId: rule.id, message: `Two rules share the id “${rule.id}”; each rule needs its own id.` });
    }
    seen.add(rule.id);
  }
  if (!rules.some((rule) => rule.isEnabled)) {
    issues.push({ code: 'no_enabled_rules', severity: 'warning', ruleId: null, message: 'Every rule is disabled: all work would be billable at the standard rate.' });
    return issues;
  }

  const everyCase = allWorkCases();
  const cases = options.contracts ? allWorkCases(options.contracts) : everyCase;
  const deciders = cases.map((work) => decidingRuleIndex(rules, work));
  // the first catch-all is the safety net: it may well decide nothing today
  const safetyNet = rules.findIndex(isCatchAll);
  rules.forEach((rule, index) => {
    if (!rule.isEnabled || index === safetyNet) return;
    const region = cases.flatMap((work, i) => (ruleMatches(rule, work) ? [i] : []));
    if (region.length === 0) {
      if (rule.kind === 'match' && !everyCase.some((work) => ruleMatches(rule, work))) {
        issues.push({ code: 'never_matches', severity: 'warning', ruleId: rule.id, message: `“${labelOf(rule)}” can never match: no work meets all of its conditions.` });
      }
      return;
    }
    if (region.some((i) => deciders[i] === index)) return;
    const shadowedBy = [...new Set(region.map((i) => deciders[i]))].sort((a, b) => a - b).map((i) => rules[i].id);
    issues.push({
      code: 'unreachable',
      severity: 'warning',
      ruleId: rule.id,
      shadowedBy,
      message: `“${labelOf(rule)}” can never decide anything: ${shadowedBy.map((id) => `“${id}”`).join(', ')} always ${shadowedBy.length === 1 ? 'matches' : 'match'} its work first.`,
    });
  });

  const undecided = deciders.findIndex((decider) => decider === -1);
  if (undecided !== -1) {
    const example = cases[undecided];
    issues.push({
      code: 'missing_fallback',
      severity: 'warning',
      ruleId: null,
      example,
      message: `No rule decides some work (e.g. ${describeWorkCase(example)}); it would be billed at the standard rate with “no rule covers this”. Add a fallback rule at the end.`,
    });
  } else if (!rules.some(isCatchAll)) {
    issues.push({
      code: 'missing_fallback',
      severity: 'warning',
      ruleId: null,
      message: 'There is no fallback rule. Today every kind of work is decided by a rule, but add a fallback at the end so that stays true when rules change.',
    });
  }
  return issues;
}
