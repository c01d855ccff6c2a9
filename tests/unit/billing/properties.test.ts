/**
 * Properties of the engine over random work, terms and allowances: parts add up, decisions
 * are pure and replayable, the retainer ledger never overdraws, and a month's decisions do
 * not depend on the order its entries were typed in.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  availableUnits,
  createAllowanceState,
  decide,
  decideSequence,
  lotsAt,
  primaryOutcome,
  replayState,
  roundToUnits,
  type BillingTerms,
  type InitialAllowances,
  type SequenceItem,
  type SequencedDecision,
} from '@/lib/domain/billing/index.ts';
import { money, toCents } from '@/lib/domain/money/decimal.ts';
import {
  TICKET_IDS,
  burnArb,
  entryShapeArb,
  fixedDrawArb,
  initialArb,
  lotArb,
  lotsArb,
  termsArb,
  ticketsArb,
  toWork,
  tzArb,
  type EntryShape,
  type TicketFacts,
} from './arbitraries.ts';
import { managedTerms, retainerTerms, silver } from './builders.ts';

const RUNS = { numRuns: 200 };

/** One random decision's inputs. */
const singleArb = tzArb.chain((timezone) =>
  fc.record({
    terms: termsArb(timezone),
    tickets: ticketsArb,
    shape: entryShapeArb(timezone),
    initial: initialArb,
  }),
);

function sorted(decisions: Map<string, SequencedDecision>) {
  return [...decisions].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

describe('a single decision', () => {
  it('has parts that add up to the logged minutes, and a consistent headline and amount', () => {
    fc.assert(
      fc.property(singleArb, ({ terms, tickets, shape, initial }) => {
        const work = toWork('e1', shape, tickets[shape.ticket]);
        const d = decide(work, terms, createAllowanceState(initial));

        expect(d.parts.length).toBeGreaterThan(0);
        expect(d.parts.reduce((sum, p) => sum + p.minutes, 0)).toBe(work.minutes);
        for (const part of d.parts) {
          expect(Number.isInteger(part.minutes) && part.minutes >= 0).toBe(true);
          expect(Number.isInteger(part.units) && part.units >= 0).toBe(true);
          expect(part.amount).toMatch(/^\d+\.\d{2}$/);
          if (part.outcome !== 'billable') expect(part).toMatchObject({ amount: '0.00', rate: null });
        }
        expect(d.billableAmount).toBe(toCents(d.parts.reduce((t, p) => t.plus(p.amount), money(0))));
        expect(d.outcome).toBe(primaryOutcome(d.parts));
        expect(d.parts.some((p) => p.outcome === d.outcome)).toBe(true);
        if (d.needsApproval) expect(d.outcome).toBe('refused');
        if (d.outcome === 'refused') expect(d.parts.every((p) => p.outcome === 'refused')).toBe(true);
        expect(d.retainerUnitsDrawn).toBe(d.parts.filter((p) => p.outcome === 'retainer').reduce((s, p) => s + p.units, 0));
        expect([0, 1]).toContain(d.quotaSessionsUsed);
      }),
      RUNS,
    );
  });

  it('is pure: the same inputs give deep-equal results, and the allowances are not touched', () => {
    fc.assert(
      fc.property(singleArb, ({ terms, tickets, shape, initial }) => {
        const work = toWork('e1', shape, tickets[shape.ticket]);
        const allowances = createAllowanceState(initial);
        const before = structuredClone(allowances);
        const first = decide(work, terms, allowances);
        const second = decide(work, terms, allowances);
        expect(second).toEqual(first);
        expect(allowances).toEqual(before);
        expect(decide(structuredClone(work), structuredClone(terms), createAllowanceState(initial))).toEqual(first);
      }),
      RUNS,
    );
  });
});

/** A month of retainer entries (optionally with a calendar and a burn rate). */
const retainerMonthArb = tzArb.chain((timezone) =>
  fc.record({
    timezone: fc.constant(timezone),
    withTier: fc.boolean(),
    burn: burnArb,
    tickets: ticketsArb,
    shapes: fc.array(entryShapeArb(timezone), { minLength: 1, maxLength: 25 }),
    lots: lotsArb,
    fixedDraws: fc.array(fixedDrawArb, { maxLength: 2 }),
    withExpiry: fc.boolean(),
  }),
);

describe('the retainer ledger over a month', () => {
  it('never draws more than was purchased and available; overage only once the balance is exhausted', () => {
    fc.assert(
      fc.property(retainerMonthArb, ({ timezone, withTier, burn, tickets, shapes, lots: rawLots, fixedDraws, withExpiry }) => {
        const terms = retainerTerms({ clientTimezone: timezone, tier: withTier ? silver({ timezone }) : null, contract: { afterHoursBurnRate: burn } });
        const lots = withExpiry ? rawLots : rawLots.map((lot) => ({ ...lot, expiresAt: null }));
        // plain retainer work: no internal work, no unsupported assets, so the retainer rule decides
        const items: SequenceItem[] = shapes.map((shape, i) => {
          const ticket = tickets[shape.ticket];
          const work = toWork(`e${String(i).padStart(2, '0')}`, { ...shape, isInternal: false }, { ...ticket, assets: [] });
          return { work, terms };
        });
        const decisions = decideSequence(items, { lots, fixedDraws });

        const purchased = lots.reduce((sum, lot) => sum + lot.units, 0);
        const ordered = [...items].sort(
          (a, b) => a.work.startedAt.getTime() - b.work.startedAt.getTime() || (a.work.entryId < b.work.entryId ? -1 : 1),
        );
        let drawnSoFar = 0;
        for (const { work } of ordered) {
          const { decision: d, seen } = decisions.get(work.entryId)!;
          expect(d.rule).toBe('retainer');
          const at = work.startedAt.getTime();
          const usableNow = lots
            .filter((lot) => lot.effectiveAt.getTime() <= at && (lot.expiresAt === null || at < lot.expiresAt.getTime()))
            .reduce((sum, lot) => sum + lot.units, 0);
          const purchasedByNow = lots.filter((lot) => lot.effectiveAt.getTime() <= at).reduce((sum, lot) => sum + lot.units, 0);

          expect(seen.retainerAvailableUnits).toBeLessThanOrEqual(usableNow);
          expect(d.retainerUnitsDrawn).toBeLessThanOrEqual(seen.retainerAvailableUnits);
          drawnSoFar += d.retainerUnitsDrawn;
          expect(drawnSoFar).toBeLessThanOrEqual(purchasedByNow);

          const overageUnits = d.parts.filter((p) => p.outcome === 'billable').reduce((sum, p) => sum + p.units, 0);
          expect(d.retainerUnitsDrawn + overageUnits).toBeGreaterThanOrEqual(roundToUnits(work.minutes, terms.contract!.rounding) > 0 ? 1 : 0);
          if (overageUnits > 0) {
            // billable only once the balance is exhausted: everything available was drawn first
            expect(d.isRetainerExhausted).toBe(true);
            expect(d.retainerUnitsDrawn).toBe(seen.retainerAvailableUnits);
          } else {
            expect(d.isRetainerExhausted).toBe(false);
            expect(d.outcome).toBe('retainer');
          }
        }
        expect(drawnSoFar).toBeLessThanOrEqual(purchased);

        if (!withExpiry) {
          // exact model without expiry: available = purchased by then − drawn before (fixed draws capped)
          type Step = { at: number; key: string; drawUnits: number; entryId: string | null };
          const timeline: Step[] = [
            ...fixedDraws.map((draw, i) => ({ at: draw.at.getTime(), key: `d:${i}`, drawUnits: draw.units, entryId: null })),
            ...ordered.map(({ work }) => ({ at: work.startedAt.getTime(), key: `e:${work.entryId}`, drawUnits: 0, entryId: work.entryId })),
          ].sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : 1));
          let used = 0;
          for (const step of timeline) {
            const available = lots.filter((lot) => lot.effectiveAt.getTime() <= step.at).reduce((s, l) => s + l.units, 0) - used;
            if (step.entryId === null) {
              used += Math.min(step.drawUnits, available);
            } else {
              const { decision, seen } = decisions.get(step.entryId)!;
              expect(seen.retainerAvailableUnits).toBe(available);
              used += decision.retainerUnitsDrawn;
            }
          }
        }
      }),
      RUNS,
    );
  });
});

/** A month of mixed work for one client: Silver-quota tickets and retainer tickets. */
const mixedMonthArb = tzArb.chain((timezone) =>
  fc.record({
    timezone: fc.constant(timezone),
    burn: burnArb,
    tickets: ticketsArb,
    /** which contract each ticket is under */
    contracts: fc.tuple(...TICKET_IDS.map(() => fc.constantFrom('silver' as const, 'retainer' as const))),
    shapes: fc.array(entryShapeArb(timezone), { minLength: 1, maxLength: 30 }),
    initial: initialArb,
  }),
);

function buildMonth(input: {
  timezone: string;
  burn: string | null;
  tickets: TicketFacts[];
  contracts: ('silver' | 'retainer')[];
  shapes: EntryShape[];
}): SequenceItem[] {
  const terms: Record<'silver' | 'retainer', BillingTerms> = {
    silver: managedTerms('Silver', { clientTimezone: input.timezone }),
    retainer: retainerTerms({ clientTimezone: input.timezone, tier: silver({ timezone: input.timezone }), contract: { afterHoursBurnRate: input.burn } }),
  };
  return input.shapes.map((shape, i) => ({
    work: toWork(`e${String(i).padStart(2, '0')}`, shape, input.tickets[shape.ticket]),
    terms: terms[input.contracts[shape.ticket]],
  }));
}

describe('a month of entries', () => {
  it('every sequenced decision equals deciding that entry alone from what it saw', () => {
    fc.assert(
      fc.property(mixedMonthArb, (month) => {
        const items = buildMonth(month);
        const decisions = decideSequence(items, month.initial);
        expect(decisions.size).toBe(items.length);
        for (const { work, terms } of items) {
          const { decision, seen } = decisions.get(work.entryId)!;
          const replayed = replayState(work, seen);
          expect(availableUnits(replayed, work.startedAt)).toBe(seen.retainerAvailableUnits);
          expect(decide(work, terms, replayed)).toEqual(decision);
        }
      }),
      RUNS,
    );
  });

  it('deciding the same month twice gives deep-equal results', () => {
    fc.assert(
      fc.property(mixedMonthArb, (month) => {
        const items = buildMonth(month);
        expect(sorted(decideSequence(items, month.initial))).toEqual(sorted(decideSequence(items, month.initial)));
      }),
      RUNS,
    );
  });

  it('any permutation of the entries (the order they were typed in) gives exactly the same decisions', () => {
    const withOrder = mixedMonthArb.chain((month) => {
      const items = buildMonth(month);
      return fc.record({
        month: fc.constant(month),
        items: fc.constant(items),
        shuffled: fc.shuffledSubarray(items, { minLength: items.length, maxLength: items.length }),
        drawsShuffled: fc.shuffledSubarray(month.initial.fixedDraws ?? [], {
          minLength: month.initial.fixedDraws?.length ?? 0,
          maxLength: month.initial.fixedDraws?.length ?? 0,
        }),
        lotsShuffled: fc.shuffledSubarray(month.initial.lots ?? [], {
          minLength: month.initial.lots?.length ?? 0,
          maxLength: month.initial.lots?.length ?? 0,
        }),
      });
    });
    fc.assert(
      fc.property(withOrder, ({ month, items, shuffled, drawsShuffled, lotsShuffled }) => {
        const initial: InitialAllowances = month.initial;
        const reordered: InitialAllowances = { ...initial, fixedDraws: drawsShuffled, lots: lotsShuffled };
        expect(sorted(decideSequence(shuffled, reordered))).toEqual(sorted(decideSequence(items, initial)));
      }),
      RUNS,
    );
  });
});

/** A month with a longer retainer history before it: more lots and draws than `initialArb`. */
const historyMonthArb = mixedMonthArb.chain((month) =>
  fc.record({
    month: fc.constant(month),
    lots: fc.uniqueArray(lotArb, { maxLength: 5, selector: (lot) => lot.id }),
    draws: fc.array(fixedDrawArb, { maxLength: 12 }),
    /** where the snapshot is taken, as a share of the way from 1 Feb to the first entry */
    share: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
);

function firstStart(items: SequenceItem[]): number {
  return Math.min(...items.map((item) => item.work.startedAt.getTime()));
}

describe('retainer history before the decided entries', () => {
  it('a snapshot of the lots taken before the first entry decides exactly as replaying every draw', () => {
    fc.assert(
      fc.property(historyMonthArb, ({ month, lots, draws, share }) => {
        const items = buildMonth(month);
        const from = Date.UTC(2026, 1, 1);
        const asOf = new Date(from + Math.floor((firstStart(items) - from) * share));
        const replayed = decideSequence(items, { ...month.initial, lots, fixedDraws: draws });
        const fromSnapshot = decideSequence(items, {
          ...month.initial,
          lots: [...lotsAt(lots, draws, asOf), ...lots.filter((lot) => lot.effectiveAt.getTime() >= asOf.getTime())],
          fixedDraws: draws.filter((draw) => draw.at.getTime() >= asOf.getTime()),
        });
        expect(sorted(fromSnapshot)).toEqual(sorted(replayed));
      }),
      RUNS,
    );
  });

  it('draws summed per stretch in which the same lots are usable decide exactly as the draws one by one', () => {
    fc.assert(
      fc.property(historyMonthArb, ({ month, lots, draws }) => {
        const items = buildMonth(month);
        const first = firstStart(items);
        // what the ledger query does: history is summed per stretch between lot starts and expiries
        const bounds = lots.flatMap((lot) => [lot.effectiveAt.getTime(), ...(lot.expiresAt ? [lot.expiresAt.getTime()] : [])]);
        const stretchOf = (at: number) => Math.max(-Infinity, ...bounds.filter((bound) => bound <= at));
        const summed = new Map<number, { at: Date; units: number }>();
        const later = [];
        for (const draw of draws) {
          if (draw.at.getTime() >= first) {
            later.push(draw);
            continue;
          }
          const key = stretchOf(draw.at.getTime());
          const sum = summed.get(key) ?? { at: draw.at, units: 0 };
          summed.set(key, { at: sum.at.getTime() > draw.at.getTime() ? sum.at : draw.at, units: sum.units + draw.units });
        }
        const oneByOne = decideSequence(items, { ...month.initial, lots, fixedDraws: draws });
        const byStretch = decideSequence(items, { ...month.initial, lots, fixedDraws: [...summed.values(), ...later] });
        expect(sorted(byStretch)).toEqual(sorted(oneByOne));
      }),
      RUNS,
    );
  });
});
