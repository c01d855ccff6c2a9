import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, type RuleSpec } from '@/lib/domain/billing/index.ts';
import { checkRules, decidingRuleIndex, describeWorkCase, TIER_CONTRACTS, type RuleIssueCode } from '@/lib/domain/billing/check-rules.ts';

const rule = (kind: RuleSpec['kind'], extra: Partial<RuleSpec> = {}): RuleSpec => ({ id: extra.id ?? kind, kind, isEnabled: true, ...extra });
const matchRule = (id: string, when: NonNullable<RuleSpec['match']>['when'], outcome: 'covered' | 'billable' | 'non_billable' = 'covered'): RuleSpec => ({
  id,
  kind: 'match',
  isEnabled: true,
  match: { when, then: { outcome, rate: 'standard', needsApproval: false }, reason: `Because ${id}.` },
});
const without = (...kinds: RuleSpec['kind'][]) => DEFAULT_RULES.filter((r) => !kinds.includes(r.kind));

interface Row {
  name: string;
  rules: RuleSpec[];
  /** [code, ruleId] of every issue expected, in any order */
  issues: [RuleIssueCode, string | null][];
  /** check as a tier's rules (contracts bound to the tier only) */
  isTier?: boolean;
}

const rows: Row[] = [
  { name: 'the default policy is clean', rules: DEFAULT_RULES, issues: [] },
  { name: 'a fallback alone is clean', rules: [rule('fallback')], issues: [] },
  {
    name: 'a rule after the fallback is unreachable',
    rules: [rule('no_active_contract'), rule('fallback'), rule('incident')],
    issues: [['unreachable', 'incident']],
  },
  {
    name: 'as a tier’s rules, a match rule for incidents after the incident rule is unreachable',
    rules: [...without('fallback'), matchRule('late-incidents', { ticketTypes: ['incident'] }), rule('fallback')],
    issues: [['unreachable', 'late-incidents']],
    isTier: true,
  },
  {
    name: 'in general the same rule still decides incidents on a managed contract without a tier',
    rules: [...without('fallback'), matchRule('late-incidents', { ticketTypes: ['incident'] }), rule('fallback')],
    issues: [],
  },
  { name: 'the default policy is clean as a tier’s rules too', rules: DEFAULT_RULES, issues: [], isTier: true },
  {
    name: 'as a tier’s rules, a missing fallback is still reported though every kind of work is decided',
    rules: without('fallback'),
    issues: [['missing_fallback', null]],
    isTier: true,
  },
  {
    name: 'a catch-all match rule at the end counts as a fallback',
    rules: [...without('fallback'), matchRule('rest', {}, 'billable')],
    issues: [],
    isTier: true,
  },
  {
    name: 'a match rule for after-hours incidents before the incident rule is reachable',
    rules: [matchRule('after-hours-incidents', { ticketTypes: ['incident'], isAfterHours: true }), ...DEFAULT_RULES],
    issues: [],
  },
  {
    name: 'a catch-all match rule first makes every later rule unreachable, the fallback too',
    rules: [matchRule('everything', {}), rule('incident'), rule('fallback')],
    issues: [['unreachable', 'incident'], ['unreachable', 'fallback']],
  },
  {
    name: 'a narrower match rule after a broader one is unreachable',
    rules: [matchRule('all-onsite', { modes: ['onsite'] }), matchRule('onsite-alerts', { modes: ['onsite'], ticketTypes: ['alert'] }), rule('fallback')],
    issues: [['unreachable', 'onsite-alerts']],
  },
  {
    name: 'two match rules that together cover a third make it unreachable',
    rules: [
      matchRule('in-hours', { isAfterHours: false }),
      matchRule('after-hours', { isAfterHours: true }),
      matchRule('phone', { modes: ['phone'] }),
      rule('fallback'),
    ],
    issues: [['unreachable', 'phone']],
  },
  {
    name: 'a match rule whose phase cannot occur for its ticket type never matches',
    rules: [matchRule('odd', { ticketTypes: ['incident'], phases: ['remediation'] }), rule('fallback')],
    issues: [['never_matches', 'odd']],
  },
  {
    name: 'without a fallback, managed work without a tier is decided by no rule',
    rules: without('fallback'),
    issues: [['missing_fallback', null]],
  },
  {
    name: 'a disabled fallback counts as missing',
    rules: [...without('fallback'), rule('fallback', { isEnabled: false })],
    issues: [['missing_fallback', null]],
  },
  {
    name: 'a disabled rule is never reported as unreachable',
    rules: [rule('fallback'), rule('incident', { isEnabled: false })],
    issues: [],
  },
  {
    name: 'duplicate ids are an error',
    rules: [rule('incident'), rule('problem', { id: 'incident' }), rule('fallback')],
    issues: [['duplicate_id', 'incident']],
  },
  {
    name: 'a second fallback is unreachable',
    rules: [rule('fallback'), rule('fallback', { id: 'fallback-2' })],
    issues: [['unreachable', 'fallback-2']],
  },
  {
    name: 'no enabled rule at all',
    rules: [rule('fallback', { isEnabled: false })],
    issues: [['no_enabled_rules', null]],
  },
];

describe('checkRules', () => {
  it.each(rows)('$name', ({ rules, issues, isTier }) => {
    const found = checkRules(rules, isTier ? { contracts: TIER_CONTRACTS } : {}).map((issue) => [issue.code, issue.ruleId]);
    expect(found).toEqual(expect.arrayContaining(issues));
    expect(found).toHaveLength(issues.length);
  });

  it('names the rules that decide an unreachable rule’s work first', () => {
    const rules = [...without('fallback'), matchRule('late-incidents', { ticketTypes: ['incident'] }), rule('fallback')];
    const issue = checkRules(rules, { contracts: TIER_CONTRACTS }).find((i) => i.code === 'unreachable')!;
    expect(issue.shadowedBy).toEqual(expect.arrayContaining(['retainer', 'time_and_materials', 'incident']));
    expect(issue.shadowedBy).not.toContain('fallback');
    expect(issue.message).toMatch(/can never decide anything/);
  });

  it('gives an example of undecided work for a missing fallback', () => {
    const issue = checkRules(without('fallback')).find((i) => i.code === 'missing_fallback')!;
    expect(issue.example?.contract).toBe('managed_without_tier');
    expect(issue.message).toContain(describeWorkCase(issue.example!));
  });

  it('the first enabled matching rule decides, as in the engine', () => {
    const work = { contract: 'managed', ticketType: 'incident', phase: null, mode: 'onsite', isAfterHours: false, isInternal: false, hasUnsupportedAsset: false } as const;
    expect(DEFAULT_RULES[decidingRuleIndex(DEFAULT_RULES, work)].kind).toBe('onsite');
    const withoutOnsite = DEFAULT_RULES.map((r) => (r.kind === 'onsite' ? { ...r, isEnabled: false } : r));
    expect(withoutOnsite[decidingRuleIndex(withoutOnsite, work)].kind).toBe('incident');
  });
});
