/** Retainer rounding (seed 004): 15-minute units, at least one, remainders of ≤ 5 minutes dropped. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_ROUNDING, roundToUnits, type RoundingPolicy } from '@/lib/domain/billing/index.ts';

const RUNS = { numRuns: 200 };

describe('roundToUnits (15 / 1 / 5)', () => {
  it.each([
    [0, 0],
    [1, 1],
    [3, 1],
    [5, 1],
    [15, 1],
    [20, 1],
    [21, 2],
    [30, 2],
    [35, 2],
    [36, 3],
    [185, 12], // 3 h 05 → 3 h
    [186, 13],
    [217, 15], // 3 h 37 → 3 h 45
    [225, 15],
  ])('%i min → %i units', (minutes, units) => {
    expect(roundToUnits(minutes, DEFAULT_ROUNDING)).toBe(units);
  });

  it.each([-1, 1.5, Number.NaN])('rejects %s minutes', (minutes) => {
    expect(() => roundToUnits(minutes)).toThrow(RangeError);
  });
});

const policyArb: fc.Arbitrary<RoundingPolicy> = fc
  .integer({ min: 1, max: 60 })
  .chain((granularityMinutes) =>
    fc.record({
      granularityMinutes: fc.constant(granularityMinutes),
      minimumUnits: fc.integer({ min: 0, max: 4 }),
      roundDownMaxMinutes: fc.integer({ min: 0, max: granularityMinutes - 1 }),
    }),
  );
const policies = fc.oneof(fc.constant(DEFAULT_ROUNDING), policyArb);
const minutesArb = fc.integer({ min: 0, max: 24 * 60 });

describe('roundToUnits properties', () => {
  it('is monotonic in minutes', () => {
    fc.assert(
      fc.property(policies, minutesArb, minutesArb, (policy, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(roundToUnits(lo, policy)).toBeLessThanOrEqual(roundToUnits(hi, policy));
      }),
      RUNS,
    );
  });

  it('uses at least minimumUnits for any minutes > 0, and 0 for 0 minutes', () => {
    fc.assert(
      fc.property(policies, fc.integer({ min: 1, max: 24 * 60 }), (policy, minutes) => {
        expect(roundToUnits(minutes, policy)).toBeGreaterThanOrEqual(policy.minimumUnits);
        expect(roundToUnits(0, policy)).toBe(0);
      }),
      RUNS,
    );
  });

  it('never rounds down by more than roundDownMaxMinutes, never up by a whole unit (except to reach the minimum)', () => {
    fc.assert(
      fc.property(policies, minutesArb, (policy, minutes) => {
        const units = roundToUnits(minutes, policy);
        const delta = units * policy.granularityMinutes - minutes;
        expect(delta).toBeGreaterThanOrEqual(-policy.roundDownMaxMinutes);
        const minimumBinds = units === policy.minimumUnits && minutes < policy.minimumUnits * policy.granularityMinutes;
        if (!minimumBinds) expect(delta).toBeLessThan(policy.granularityMinutes);
      }),
      RUNS,
    );
  });

  it('with the default policy: |units × 15 − minutes| stays within −5 … +14 for any minutes > 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 24 * 60 }), (minutes) => {
        const delta = roundToUnits(minutes) * 15 - minutes;
        expect(delta).toBeGreaterThanOrEqual(-5);
        expect(delta).toBeLessThan(15);
      }),
      RUNS,
    );
  });

  it('rounds down exactly when the remainder is at most the threshold', () => {
    fc.assert(
      fc.property(policyArb, minutesArb, (policy, minutes) => {
        fc.pre(minutes >= Math.max(1, policy.minimumUnits + 1) * policy.granularityMinutes);
        const remainder = minutes % policy.granularityMinutes;
        const whole = Math.floor(minutes / policy.granularityMinutes);
        expect(roundToUnits(minutes, policy)).toBe(remainder <= policy.roundDownMaxMinutes ? whole : whole + 1);
      }),
      RUNS,
    );
  });
});
