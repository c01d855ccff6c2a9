/**
 * Table tests for the contract-level default rules (no contract, internal work, unsupported
 * asset, time & materials, fixed fee) and for how the rule list is walked (custom `match`
 * rules, disabled rules, the fallback).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, decide } from '@/lib/domain/billing/index.ts';
import {
  asset,
  billablePart,
  coveredPart,
  disabled,
  fixedFeeTerms,
  flatFee,
  gold,
  hoursEstimate,
  managedContract,
  managedTerms,
  matchRule,
  noContractTerms,
  nonBillablePart,
  refusedPart,
  retainerTerms,
  balance,
  state,
  tmTerms,
  withRules,
  work,
} from './builders.ts';
import { checkRow, type Row } from './table.ts';

const GOLD = managedTerms('Gold');
const oldPc = asset('workstation', { id: 'a-old', name: 'OLD-PC', isSupported: false });
const NO_OVERRUN = /^(?![\s\S]*over the approved)/;

describe('no active contract', () => {
  it.each<Row>([
    {
      name: 'remote work → billable at the default standard rate',
      work: work({ minutes: 90 }),
      terms: noContractTerms(),
      outcome: 'billable',
      parts: [billablePart(90, '120.00', '180.00')],
      amount: '180.00',
      reason: [/Billable at the standard rate/, /no active agreement/],
      rule: 'no_active_contract',
      extra: { needsApproval: false, tierVersionId: null, contractVersion: null },
    },
    {
      name: 'after hours is still the standard rate (no tier, no calendar)',
      work: work({ at: '2026-03-07T22:00', minutes: 20 }),
      terms: noContractTerms(),
      outcome: 'billable',
      parts: [billablePart(20, '120.00', '40.00')],
      amount: '40.00',
      reason: /no active agreement/,
      rule: 'no_active_contract',
    },
    {
      name: 'onsite without an onsite rate → the standard rate',
      work: work({ minutes: 60, mode: 'onsite' }),
      terms: noContractTerms(),
      outcome: 'billable',
      parts: [billablePart(60, '120.00', '120.00')],
      amount: '120.00',
      reason: /no active agreement/,
      rule: 'no_active_contract',
    },
    {
      name: 'the admin’s default rate is used',
      work: work({ minutes: 45 }),
      terms: noContractTerms({ defaultStandardRate: '99.99' }),
      outcome: 'billable',
      parts: [billablePart(45, '99.99', '74.99')],
      amount: '74.99',
      reason: /no active agreement/,
      rule: 'no_active_contract',
    },
    {
      name: 'rule 1 comes before rule 2: internal work for a client without contract is billable',
      work: work({ minutes: 30, isInternal: true }),
      terms: noContractTerms(),
      outcome: 'billable',
      parts: [billablePart(30, '120.00', '60.00')],
      amount: '60.00',
      reason: /no active agreement/,
      rule: 'no_active_contract',
    },
  ])('$name', checkRow);
});

describe('internal work', () => {
  it.each<Row>([
    {
      name: 'on a managed contract → non-billable',
      work: work({ minutes: 45, isInternal: true }),
      terms: GOLD,
      outcome: 'non_billable',
      parts: [nonBillablePart(45)],
      amount: '0.00',
      reason: [/Not billed/, /internal work/],
      rule: 'internal_work',
      extra: { tierVersionId: 'tv-gold-1', contractVersion: 1 },
    },
    {
      name: 'after hours → still non-billable',
      work: work({ at: '2026-03-04T21:00', minutes: 45, isInternal: true }),
      terms: GOLD,
      outcome: 'non_billable',
      parts: [nonBillablePart(45)],
      amount: '0.00',
      reason: /internal work/,
      rule: 'internal_work',
    },
    {
      name: 'on a retainer → non-billable, nothing drawn',
      work: work({ minutes: 60, isInternal: true }),
      terms: retainerTerms(),
      state: balance(10),
      outcome: 'non_billable',
      parts: [nonBillablePart(60)],
      amount: '0.00',
      reason: /internal work/,
      rule: 'internal_work',
      extra: { retainerUnitsDrawn: 0, isRetainerExhausted: false },
    },
  ])('$name', checkRow);
});

describe('unsupported asset', () => {
  it.each<Row>([
    {
      name: 'without an approved estimate → refused',
      work: work({ minutes: 60, assets: [oldPc] }),
      terms: GOLD,
      outcome: 'refused',
      parts: [refusedPart(60)],
      amount: '0.00',
      reason: [/Refused/, /OLD-PC/, /approved estimate/],
      rule: 'unsupported_asset',
      extra: { needsApproval: true, estimateId: null },
    },
    {
      name: 'one unsupported among supported assets → refused',
      work: work({ minutes: 60, assets: [asset('server'), oldPc] }),
      terms: GOLD,
      outcome: 'refused',
      parts: [refusedPart(60)],
      amount: '0.00',
      reason: /OLD-PC/,
      rule: 'unsupported_asset',
      extra: { needsApproval: true },
    },
    {
      name: 'with an hours estimate, within it → billable at the standard rate, no overrun',
      work: work({ minutes: 60, assets: [oldPc], approval: hoursEstimate(120) }),
      terms: GOLD,
      outcome: 'billable',
      parts: [billablePart(60, '150.00', '150.00')],
      amount: '150.00',
      reason: [/Billable/, /approved estimate of 2 h/, NO_OVERRUN],
      rule: 'unsupported_asset',
      extra: { needsApproval: false, estimateId: 'est-1' },
    },
    {
      name: 'with an hours estimate, reaching it exactly → no overrun',
      work: work({ minutes: 30, assets: [oldPc], approval: hoursEstimate(60) }),
      terms: GOLD,
      state: state({ approvalMinutesUsed: { 'est-1': 30 } }),
      outcome: 'billable',
      parts: [billablePart(30, '150.00', '75.00')],
      amount: '75.00',
      reason: [/approved estimate of 1 h/, NO_OVERRUN],
      rule: 'unsupported_asset',
      extra: { estimateId: 'est-1' },
    },
    {
      name: 'with an hours estimate, going past it → overrun noted',
      work: work({ minutes: 60, assets: [oldPc], approval: hoursEstimate(60) }),
      terms: GOLD,
      state: state({ approvalMinutesUsed: { 'est-1': 30 } }),
      outcome: 'billable',
      parts: [billablePart(60, '150.00', '150.00')],
      amount: '150.00',
      reason: /30 min over the approved 1 h/,
      rule: 'unsupported_asset',
      extra: { estimateId: 'est-1' },
    },
    {
      name: 'with an hours estimate already overrun → still billable, overrun noted',
      work: work({ minutes: 15, assets: [oldPc], approval: hoursEstimate(60) }),
      terms: GOLD,
      state: state({ approvalMinutesUsed: { 'est-1': 75 } }),
      outcome: 'billable',
      parts: [billablePart(15, '150.00', '37.50')],
      amount: '37.50',
      reason: /30 min over the approved 1 h/,
      rule: 'unsupported_asset',
    },
    {
      name: 'minutes used on another estimate do not count',
      work: work({ minutes: 60, assets: [oldPc], approval: hoursEstimate(60) }),
      terms: GOLD,
      state: state({ approvalMinutesUsed: { 'est-other': 500 } }),
      outcome: 'billable',
      parts: [billablePart(60, '150.00', '150.00')],
      amount: '150.00',
      reason: NO_OVERRUN,
      rule: 'unsupported_asset',
    },
    {
      name: 'with a flat-fee estimate → billable, amount 0.00, the flat fee in the reason',
      work: work({ minutes: 60, assets: [oldPc], approval: flatFee('1200') }),
      terms: GOLD,
      outcome: 'billable',
      parts: [{ outcome: 'billable', minutes: 60, units: 0, rate: null, amount: '0.00', isAfterHours: false }],
      amount: '0.00',
      reason: [/flat fee/, /\$1,200\.00/],
      rule: 'unsupported_asset',
      extra: { estimateId: 'est-flat', needsApproval: false },
    },
    {
      name: 'on a retainer, without approval → refused and nothing drawn',
      work: work({ minutes: 60, assets: [oldPc] }),
      terms: retainerTerms(),
      state: balance(40),
      outcome: 'refused',
      parts: [refusedPart(60)],
      amount: '0.00',
      reason: /OLD-PC/,
      rule: 'unsupported_asset',
      extra: { retainerUnitsDrawn: 0, needsApproval: true },
    },
    {
      name: 'supported assets only → the rule does not apply',
      work: work({ minutes: 60, assets: [asset('server'), asset('workstation')] }),
      terms: GOLD,
      outcome: 'covered',
      parts: [coveredPart(60)],
      amount: '0.00',
      reason: /Covered/,
      rule: 'incident',
    },
  ])('$name', checkRow);
});

describe('time and materials', () => {
  it.each<Row>([
    {
      name: 'remote → billable at the contract rate',
      work: work({ minutes: 90 }),
      terms: tmTerms(),
      outcome: 'billable',
      parts: [billablePart(90, '140.00', '210.00')],
      amount: '210.00',
      reason: [/time and materials/, /standard rate/],
      rule: 'time_and_materials',
    },
    {
      name: 'onsite → billable at the contract onsite rate',
      work: work({ minutes: 60, mode: 'onsite' }),
      terms: tmTerms(),
      outcome: 'billable',
      parts: [billablePart(60, '170.00', '170.00')],
      amount: '170.00',
      reason: [/time and materials/, /onsite rate/],
      rule: 'time_and_materials',
    },
    {
      name: 'an odd duration is exact to the cent (140 × 7/60 = 16.333… → 16.33)',
      work: work({ minutes: 7 }),
      terms: tmTerms(),
      outcome: 'billable',
      parts: [billablePart(7, '140.00', '16.33')],
      amount: '16.33',
      reason: /time and materials/,
      rule: 'time_and_materials',
    },
  ])('$name', checkRow);
});

describe('fixed-fee project', () => {
  it.each<Row>([
    {
      name: 'any work → covered by the fee',
      work: work({ minutes: 120, type: 'change' }),
      terms: fixedFeeTerms(),
      outcome: 'covered',
      parts: [coveredPart(120)],
      amount: '0.00',
      reason: /Covered by the fixed fee of project C-FIXED_FEE-001/,
      rule: 'fixed_fee_project',
    },
  ])('$name', checkRow);
});

const saturdayCovered = matchRule('saturday-incidents', {
  when: { ticketTypes: ['incident'], isAfterHours: true },
  then: { outcome: 'covered', rate: 'standard', needsApproval: false },
  reason: 'Covered: Gold clients get weekend incidents as a goodwill gesture.',
});
const GOLD_WITH_CUSTOM = managedTerms('Gold', { contract: { rules: [saturdayCovered, ...DEFAULT_RULES] } });

describe('custom match rules', () => {
  it.each<Row>([
    {
      name: 'a custom rule placed first overrides: a Saturday incident for Gold is covered',
      work: work({ at: '2026-03-07T10:00', minutes: 60 }),
      terms: GOLD_WITH_CUSTOM,
      outcome: 'covered',
      parts: [coveredPart(60, true)],
      amount: '0.00',
      reason: /goodwill/,
      rule: 'saturday-incidents',
    },
    {
      name: 'without the custom rule the same Saturday incident is after-hours billable',
      work: work({ at: '2026-03-07T10:00', minutes: 60 }),
      terms: GOLD,
      outcome: 'billable',
      parts: [billablePart(60, '225.00', '225.00', true)],
      amount: '225.00',
      reason: /after-hours rate/,
      rule: 'incident',
    },
    {
      name: 'a weekday in-hours incident does not match it and falls to the default rules',
      work: work({ at: '2026-03-04T10:00', minutes: 60 }),
      terms: GOLD_WITH_CUSTOM,
      outcome: 'covered',
      parts: [coveredPart(60)],
      amount: '0.00',
      reason: /Covered: incident during Gold support hours/,
      rule: 'incident',
    },
    {
      name: 'a Saturday alert does not match its ticket types',
      work: work({ at: '2026-03-07T10:00', minutes: 60, type: 'alert' }),
      terms: GOLD_WITH_CUSTOM,
      outcome: 'billable',
      parts: [billablePart(60, '225.00', '225.00', true)],
      amount: '225.00',
      reason: /does not include remediation of monitoring alerts/,
      rule: 'alert_remediation',
    },
    {
      name: 'billable at the after-hours rate',
      work: work({ at: '2026-03-04T20:00', minutes: 40, mode: 'phone' }),
      terms: managedTerms('Gold', {
        contract: {
          rules: [
            matchRule('evening-phone', {
              when: { modes: ['phone'], isAfterHours: true },
              then: { outcome: 'billable', rate: 'after_hours', needsApproval: false },
              reason: 'Billable: evening phone support.',
            }),
          ],
        },
      }),
      outcome: 'billable',
      parts: [billablePart(40, '225.00', '150.00', true)],
      amount: '150.00',
      reason: /evening phone support/,
      rule: 'evening-phone',
    },
    {
      name: 'billable with approval, no estimate → refused',
      work: work({ minutes: 40, type: 'maintenance', phase: 'assessment' }),
      terms: managedTerms('Gold', {
        contract: {
          rules: [
            matchRule('audit', {
              when: { ticketTypes: ['maintenance'], phases: ['assessment'] },
              then: { outcome: 'billable', rate: 'onsite', needsApproval: true },
              reason: 'an audit',
            }),
          ],
        },
      }),
      outcome: 'refused',
      parts: [refusedPart(40)],
      amount: '0.00',
      reason: /an audit needs an approved estimate/,
      rule: 'audit',
      extra: { needsApproval: true },
    },
    {
      name: 'billable with approval and an estimate → billable at the chosen rate',
      work: work({ minutes: 40, type: 'maintenance', phase: 'assessment', approval: hoursEstimate(60) }),
      terms: managedTerms('Gold', {
        contract: {
          rules: [
            matchRule('audit', {
              when: { ticketTypes: ['maintenance'], phases: ['assessment'] },
              then: { outcome: 'billable', rate: 'onsite', needsApproval: true },
              reason: 'an audit',
            }),
          ],
        },
      }),
      outcome: 'billable',
      parts: [billablePart(40, '180.00', '120.00')],
      amount: '120.00',
      reason: /an audit, against the approved estimate of 1 h/,
      rule: 'audit',
      extra: { estimateId: 'est-1' },
    },
    {
      name: 'a phase condition does not match a ticket without phase',
      work: work({ minutes: 40, type: 'maintenance', phase: null, assets: [asset('router')] }),
      terms: managedTerms('Gold', {
        contract: {
          rules: [
            matchRule('remediation-free', {
              when: { phases: ['remediation'] },
              then: { outcome: 'covered', rate: 'standard', needsApproval: false },
              reason: 'free',
            }),
            ...DEFAULT_RULES,
          ],
        },
      }),
      outcome: 'covered',
      parts: [coveredPart(40)],
      amount: '0.00',
      reason: /maintenance assessment of routers/,
      rule: 'maintenance_assessment',
    },
  ])('$name', checkRow);
});

describe('the rule list', () => {
  it.each<Row>([
    {
      name: 'a disabled rule is skipped (incident disabled → fallback)',
      work: work({ minutes: 30 }),
      terms: withRules(GOLD, disabled(DEFAULT_RULES, 'incident')),
      outcome: 'billable',
      parts: [billablePart(30, '150.00', '75.00')],
      amount: '75.00',
      reason: /no rule covers this/,
      rule: 'fallback',
    },
    {
      name: 'internal_work disabled → internal work is decided like any incident',
      work: work({ minutes: 30, isInternal: true }),
      terms: withRules(GOLD, disabled(DEFAULT_RULES, 'internal_work')),
      outcome: 'covered',
      parts: [coveredPart(30)],
      amount: '0.00',
      reason: /Covered/,
      rule: 'incident',
    },
    {
      name: 'no_active_contract disabled → the other rules need a contract, so the fallback decides',
      work: work({ minutes: 30 }),
      terms: noContractTerms({ defaultRules: disabled(DEFAULT_RULES, 'no_active_contract') }),
      outcome: 'billable',
      parts: [billablePart(30, '120.00', '60.00')],
      amount: '60.00',
      reason: /no rule covers this/,
      rule: 'fallback',
    },
    {
      name: 'every rule disabled → fallback',
      work: work({ minutes: 30, isInternal: true }),
      terms: withRules(GOLD, disabled(DEFAULT_RULES, ...DEFAULT_RULES.map((r) => r.id))),
      outcome: 'billable',
      parts: [billablePart(30, '150.00', '75.00')],
      amount: '75.00',
      reason: /no rule covers this/,
      rule: 'fallback',
    },
    {
      name: 'a rule list with no matching rule → billable, "no rule covers this"',
      work: work({ minutes: 30 }),
      terms: withRules(GOLD, [{ id: 'only-retainer', kind: 'retainer', isEnabled: true }]),
      outcome: 'billable',
      parts: [billablePart(30, '150.00', '75.00')],
      amount: '75.00',
      reason: /Billable at the standard rate: no rule covers this/,
      rule: 'fallback',
    },
    {
      name: 'a managed contract without a tier → no managed rule applies → fallback at the default rate',
      work: work({ minutes: 30 }),
      terms: { ...GOLD, tier: null },
      outcome: 'billable',
      parts: [billablePart(30, '120.00', '60.00')],
      amount: '60.00',
      reason: /no rule covers this/,
      rule: 'fallback',
    },
    {
      name: 'the tier’s rules apply when the contract has none',
      work: work({ minutes: 30 }),
      terms: managedTerms(
        gold({
          rules: [
            matchRule('all-free', {
              when: {},
              then: { outcome: 'non_billable', rate: 'standard', needsApproval: false },
              reason: 'Tier rule: all free.',
            }),
          ],
        }),
      ),
      outcome: 'non_billable',
      parts: [nonBillablePart(30)],
      amount: '0.00',
      reason: /Tier rule/,
      rule: 'all-free',
    },
    {
      name: 'the contract’s rules override the tier’s',
      work: work({ minutes: 30 }),
      terms: {
        ...managedTerms(gold({ rules: [{ id: 'fb', kind: 'fallback', isEnabled: true }] })),
        contract: managedContract({ rules: DEFAULT_RULES }),
      },
      outcome: 'covered',
      parts: [coveredPart(30)],
      amount: '0.00',
      reason: /Covered/,
      rule: 'incident',
    },
  ])('$name', checkRow);

  it('without a contract the admin’s default rules apply, not the tier’s', () => {
    const terms = { ...noContractTerms(), tier: gold({ rules: [{ id: 'fb', kind: 'fallback' as const, isEnabled: true }] }) };
    expect(decide(work(), terms, state()).rule).toBe('no_active_contract');
  });
});
