/**
 * Table tests for the retainer rule: rounding to units, running out mid-entry, an empty
 * balance, lots that are not yet (or no longer) usable, and the after-hours burn rate.
 * Overage is 160.00/h; work is on Wed 2026-03-04 (UTC) unless stated.
 */
import { describe, expect, it } from 'vitest';
import { decide, decideSequence } from '@/lib/domain/billing/index.ts';
import {
  balance,
  billablePart,
  lot,
  retainerPart,
  retainerTerms,
  silver,
  state,
  utc,
  work,
} from './builders.ts';
import { checkRow, type Row } from './table.ts';

const RETAINER = retainerTerms();
const BURN_2 = retainerTerms({ tier: silver(), contract: { afterHoursBurnRate: '2' } });

describe('retainer: rounding to 15-minute units', () => {
  it.each<Row>([
    { minutes: 217, units: 15, label: '3 h 45 min' },
    { minutes: 185, units: 12, label: '3 h' },
    { minutes: 3, units: 1, label: '15 min' },
    { minutes: 15, units: 1, label: '15 min' },
    { minutes: 20, units: 1, label: '15 min' },
    { minutes: 21, units: 2, label: '30 min' },
    { minutes: 60, units: 4, label: '1 h' },
  ].map(({ minutes, units, label }): Row => ({
    name: `${minutes} min → ${units} unit(s)`,
    work: work({ minutes }),
    terms: RETAINER,
    state: balance(100),
    outcome: 'retainer',
    parts: [retainerPart(minutes, units)],
    amount: '0.00',
    reason: [/Drawn from your prepaid hours/, new RegExp(`rounds to ${units} units? \\(${label}\\)`)],
    rule: 'retainer',
    extra: { retainerUnitsDrawn: units, isRetainerExhausted: false, needsApproval: false },
  })))('$name', checkRow);

  it('the rounding policy is the contract’s (30 min units, at least 2, ≤ 10 min dropped)', () => {
    const terms = retainerTerms({ contract: { rounding: { granularityMinutes: 30, minimumUnits: 2, roundDownMaxMinutes: 10 } } });
    expect(decide(work({ minutes: 70 }), terms, balance(100)).retainerUnitsDrawn).toBe(2);
    expect(decide(work({ minutes: 71 }), terms, balance(100)).retainerUnitsDrawn).toBe(3);
    expect(decide(work({ minutes: 5 }), terms, balance(100)).retainerUnitsDrawn).toBe(2);
  });
});

describe('retainer: balance', () => {
  it.each<Row>([
    {
      name: 'at any hour (Saturday night, no burn rate) → drawn',
      work: work({ at: '2026-03-07T23:00', minutes: 60 }),
      terms: retainerTerms({ tier: silver() }),
      state: balance(10),
      outcome: 'retainer',
      parts: [retainerPart(60, 4)],
      amount: '0.00',
      reason: /rounds to 4 units/,
      rule: 'retainer',
      extra: { retainerUnitsDrawn: 4 },
    },
    {
      name: 'the balance exactly covers it → drawn, not exhausted',
      work: work({ minutes: 60 }),
      terms: RETAINER,
      state: balance(4),
      outcome: 'retainer',
      parts: [retainerPart(60, 4)],
      amount: '0.00',
      reason: /Drawn/,
      rule: 'retainer',
      extra: { retainerUnitsDrawn: 4, isRetainerExhausted: false },
    },
    {
      name: 'running out mid-entry: 2 units left, 1 h → 2 units retainer + 2 units overage (160 × 30/60 = 80.00)',
      work: work({ minutes: 60 }),
      terms: RETAINER,
      state: balance(2),
      outcome: 'billable',
      parts: [retainerPart(30, 2), billablePart(30, '160.00', '80.00', false, 2)],
      amount: '80.00',
      reason: [/Partly drawn/, /only 2 units were left/, /other 2 \(30 min\) are billable at the overage rate/],
      rule: 'retainer',
      extra: { retainerUnitsDrawn: 2, isRetainerExhausted: true },
    },
    {
      name: '1 unit left, 1 h → 1 unit retainer + 3 units overage (120.00)',
      work: work({ minutes: 60 }),
      terms: RETAINER,
      state: balance(1),
      outcome: 'billable',
      parts: [retainerPart(15, 1), billablePart(45, '160.00', '120.00', false, 3)],
      amount: '120.00',
      reason: /only 1 unit was left/,
      rule: 'retainer',
      extra: { retainerUnitsDrawn: 1, isRetainerExhausted: true },
    },
    {
      name: 'zero balance → all billable at the overage rate',
      work: work({ minutes: 60 }),
      terms: RETAINER,
      state: balance(0),
      outcome: 'billable',
      parts: [billablePart(60, '160.00', '160.00', false, 4)],
      amount: '160.00',
      reason: [/Billable at the overage rate/, /used up \(4 units, 1 h\)/],
      rule: 'retainer',
      extra: { retainerUnitsDrawn: 0, isRetainerExhausted: true },
    },
    {
      name: 'zero balance, 3 min → one unit of overage (160 × 15/60 = 40.00)',
      work: work({ minutes: 3 }),
      terms: RETAINER,
      state: state(),
      outcome: 'billable',
      parts: [billablePart(3, '160.00', '40.00', false, 1)],
      amount: '40.00',
      reason: /used up \(1 unit, 15 min\)/,
      rule: 'retainer',
      extra: { retainerUnitsDrawn: 0, isRetainerExhausted: true },
    },
    {
      name: 'no overage rate → overage at the standard rate',
      work: work({ minutes: 60 }),
      terms: retainerTerms({ contract: { overageRate: null, standardRate: '130.00' } }),
      state: balance(0),
      outcome: 'billable',
      parts: [billablePart(60, '130.00', '130.00', false, 4)],
      amount: '130.00',
      reason: /overage rate/,
      rule: 'retainer',
      extra: { isRetainerExhausted: true },
    },
    {
      name: 'units purchased later than the work date do not serve it',
      work: work({ at: '2026-03-04T10:00', minutes: 60 }),
      terms: RETAINER,
      state: state({ lots: [lot(40, utc('2026-03-05T00:00'))] }),
      outcome: 'billable',
      parts: [billablePart(60, '160.00', '160.00', false, 4)],
      amount: '160.00',
      reason: /used up/,
      rule: 'retainer',
      extra: { retainerUnitsDrawn: 0, isRetainerExhausted: true },
    },
    {
      name: 'units purchased on the work date serve it',
      work: work({ at: '2026-03-05T10:00', minutes: 60 }),
      terms: RETAINER,
      state: state({ lots: [lot(40, utc('2026-03-05T00:00'))] }),
      outcome: 'retainer',
      parts: [retainerPart(60, 4)],
      amount: '0.00',
      reason: /Drawn/,
      rule: 'retainer',
    },
    {
      name: 'only the lots already purchased count: 2 old units + 10 future → 2 drawn, 2 overage',
      work: work({ at: '2026-03-04T10:00', minutes: 60 }),
      terms: RETAINER,
      state: state({ lots: [lot(2), lot(10, utc('2026-03-10T00:00'))] }),
      outcome: 'billable',
      parts: [retainerPart(30, 2), billablePart(30, '160.00', '80.00', false, 2)],
      amount: '80.00',
      reason: /only 2 units were left/,
      rule: 'retainer',
      extra: { retainerUnitsDrawn: 2, isRetainerExhausted: true },
    },
    {
      name: 'an expired lot does not serve',
      work: work({ at: '2026-03-04T10:00', minutes: 60 }),
      terms: RETAINER,
      state: state({ lots: [lot(40, utc('2026-01-01T00:00'), utc('2026-03-01T00:00'))] }),
      outcome: 'billable',
      parts: [billablePart(60, '160.00', '160.00', false, 4)],
      amount: '160.00',
      reason: /used up/,
      rule: 'retainer',
    },
  ])('$name', checkRow);
});

describe('retainer: after-hours burn rate (Silver calendar, Mon–Fri 08:00–18:00)', () => {
  it.each<Row>([
    {
      name: 'in hours → burns at 1×',
      work: work({ at: '2026-03-04T10:00', minutes: 60 }),
      terms: BURN_2,
      state: balance(40),
      outcome: 'retainer',
      parts: [retainerPart(60, 4)],
      amount: '0.00',
      reason: /^(?![\s\S]*burns at)/,
      rule: 'retainer',
      extra: { retainerUnitsDrawn: 4 },
    },
    {
      name: '19:00–20:00 at 2× → 2 h → 8 units',
      work: work({ at: '2026-03-04T19:00', minutes: 60 }),
      terms: BURN_2,
      state: balance(40),
      outcome: 'retainer',
      parts: [retainerPart(60, 8)],
      amount: '0.00',
      reason: [/after-hours time burns at 2×/, /rounds to 8 units \(2 h\)/],
      rule: 'retainer',
      extra: { retainerUnitsDrawn: 8 },
    },
    {
      name: '17:30–18:30 at 2× → 30 + 60 min → 6 units',
      work: work({ at: '2026-03-04T17:30', minutes: 60 }),
      terms: BURN_2,
      state: balance(40),
      outcome: 'retainer',
      parts: [retainerPart(60, 6)],
      amount: '0.00',
      reason: /rounds to 6 units/,
      rule: 'retainer',
      extra: { retainerUnitsDrawn: 6 },
    },
    {
      name: '25 min at 1.5× → 37.5 → 38 min → 3 units',
      work: work({ at: '2026-03-04T19:00', minutes: 25 }),
      terms: retainerTerms({ tier: silver(), contract: { afterHoursBurnRate: '1.5' } }),
      state: balance(40),
      outcome: 'retainer',
      parts: [retainerPart(25, 3)],
      amount: '0.00',
      reason: /burns at 1\.5×/,
      rule: 'retainer',
      extra: { retainerUnitsDrawn: 3 },
    },
    {
      name: 'after hours at 2× with 4 units left → 4 drawn, 4 overage (160.00)',
      work: work({ at: '2026-03-04T19:00', minutes: 60 }),
      terms: BURN_2,
      state: balance(4),
      outcome: 'billable',
      parts: [retainerPart(30, 4), billablePart(30, '160.00', '160.00', false, 4)],
      amount: '160.00',
      reason: /only 4 units were left/,
      rule: 'retainer',
      extra: { retainerUnitsDrawn: 4, isRetainerExhausted: true },
    },
  ])('$name', checkRow);
});

describe('retainer in a sequence', () => {
  it('a lot bought mid-month serves only the work done from then on', () => {
    const terms = RETAINER;
    const decisions = decideSequence(
      [
        { work: work({ entryId: 'late', at: '2026-03-16T10:00', minutes: 60 }), terms },
        { work: work({ entryId: 'early', at: '2026-03-10T10:00', minutes: 120 }), terms },
      ],
      { lots: [lot(4, utc('2026-03-01T00:00'), null, 'march'), lot(8, utc('2026-03-15T00:00'), null, 'top-up')] },
    );
    const early = decisions.get('early')!.decision;
    expect(early.parts).toEqual([retainerPart(60, 4), billablePart(60, '160.00', '160.00', false, 4)]);
    expect(early.isRetainerExhausted).toBe(true);
    const late = decisions.get('late')!;
    expect(late.seen.retainerAvailableUnits).toBe(8);
    expect(late.decision.parts).toEqual([retainerPart(60, 4)]);
  });

  it('invoiced draws (fixed) and locked decisions use the balance before later work', () => {
    const terms = RETAINER;
    const locked = decide(work({ minutes: 60 }), terms, balance(100));
    const decisions = decideSequence(
      [
        { work: work({ entryId: 'a', at: '2026-03-03T10:00', minutes: 60 }), terms, lockedDecision: locked },
        { work: work({ entryId: 'b', at: '2026-03-05T10:00', minutes: 60 }), terms },
      ],
      { lots: [lot(10, utc('2026-03-01T00:00'))], fixedDraws: [{ at: utc('2026-03-02T10:00'), units: 4 }] },
    );
    expect(decisions.get('a')!.decision).toBe(locked);
    expect(decisions.get('a')!.seen.retainerAvailableUnits).toBe(6);
    expect(decisions.get('b')!.seen.retainerAvailableUnits).toBe(2);
    expect(decisions.get('b')!.decision.parts).toEqual([retainerPart(30, 2), billablePart(30, '160.00', '80.00', false, 2)]);
  });

  it('the soonest-expiring lot is used first', () => {
    const terms = RETAINER;
    const decisions = decideSequence(
      [
        { work: work({ entryId: 'a', at: '2026-03-02T10:00', minutes: 60 }), terms },
        { work: work({ entryId: 'b', at: '2026-03-20T10:00', minutes: 60 }), terms },
      ],
      {
        lots: [
          lot(4, utc('2026-01-01T00:00'), null, 'forever'),
          lot(4, utc('2026-01-01T00:00'), utc('2026-03-10T00:00'), 'expiring'),
        ],
      },
    );
    expect(decisions.get('a')!.decision.outcome).toBe('retainer');
    // the expiring lot was used by 'a', so 'b' still has the non-expiring one
    expect(decisions.get('b')!.seen.retainerAvailableUnits).toBe(4);
    expect(decisions.get('b')!.decision.outcome).toBe('retainer');
  });
});

describe('invoiced retainer work', () => {
  it('a back-dated entry cannot take units an invoiced (locked) entry already used', () => {
    const terms = RETAINER;
    const locked = decide(work({ minutes: 60 }), terms, balance(100)); // 4 units, billed
    const decisions = decideSequence(
      [
        { work: work({ entryId: 'late', at: '2026-03-10T10:00', minutes: 60 }), terms, lockedDecision: locked },
        { work: work({ entryId: 'backdated', at: '2026-03-03T10:00', minutes: 60 }), terms },
      ],
      { lots: [lot(4, utc('2026-03-01T00:00'))] },
    );
    const backdated = decisions.get('backdated')!;
    expect(backdated.seen.retainerAvailableUnits).toBe(0);
    expect(backdated.decision.retainerUnitsDrawn).toBe(0);
    expect(backdated.decision.outcome).toBe('billable');
    expect(decisions.get('late')!.decision).toBe(locked);
  });
});
