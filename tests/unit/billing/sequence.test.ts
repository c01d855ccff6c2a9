/**
 * decideSequence: entries are decided in work-date order whatever order they were typed in,
 * each seeing what the earlier work used (quota sessions, ticket minutes, estimate minutes).
 */
import { describe, expect, it } from 'vitest';
import { decide, decideSequence, replayState, type SequenceItem } from '@/lib/domain/billing/index.ts';
import { billablePart, coveredPart, hoursEstimate, managedTerms, refusedPart, work } from './builders.ts';

const SILVER = managedTerms('Silver');
const GOLD = managedTerms('Gold');

describe('decideSequence', () => {
  it('Silver: a back-dated entry takes its place by work date (typed order C, A, B)', () => {
    const items: SequenceItem[] = [
      { work: work({ entryId: 'C', at: '2026-03-04T10:00', minutes: 20 }), terms: SILVER },
      { work: work({ entryId: 'A', at: '2026-03-02T10:00', minutes: 10 }), terms: SILVER },
      { work: work({ entryId: 'B', at: '2026-03-03T10:00', minutes: 25 }), terms: SILVER },
    ];
    const decisions = decideSequence(items);
    expect(decisions.get('A')!.decision.parts).toEqual([coveredPart(10)]);
    expect(decisions.get('B')!.decision.parts).toEqual([coveredPart(15), billablePart(10, '150.00', '25.00')]);
    expect(decisions.get('C')!.decision.parts).toEqual([billablePart(20, '150.00', '50.00')]);
    expect(decisions.get('C')!.seen.quotaSessionsUsed).toBe(2);
  });

  it('entries at the same instant are ordered by entry id', () => {
    const at = '2026-03-04T10:00';
    const decisions = decideSequence([
      { work: work({ entryId: 'z', at, minutes: 10 }), terms: SILVER },
      { work: work({ entryId: 'b', at, minutes: 10 }), terms: SILVER },
      { work: work({ entryId: 'a', at, minutes: 10 }), terms: SILVER },
    ]);
    expect(decisions.get('a')!.decision.outcome).toBe('covered');
    expect(decisions.get('b')!.decision.outcome).toBe('covered');
    expect(decisions.get('z')!.decision.outcome).toBe('billable');
  });

  it('a minor service request: minutes add up across entries; a refused entry uses nothing', () => {
    const sr = (entryId: string, at: string, minutes: number, approval = false) => ({
      work: work({ entryId, at, minutes, type: 'service_request', ticketId: 'sr-1', approval: approval ? hoursEstimate(60) : null }),
      terms: GOLD,
    });
    const decisions = decideSequence([
      sr('1', '2026-03-02T10:00', 20),
      sr('2', '2026-03-03T10:00', 20), // 40 > 30 → refused, uses nothing
      sr('3', '2026-03-04T10:00', 10), // 30 ≤ 30 → covered
      sr('4', '2026-03-05T10:00', 5, true), // 35 > 30 → billable against the estimate
    ]);
    expect(decisions.get('1')!.decision.parts).toEqual([coveredPart(20)]);
    expect(decisions.get('2')!.decision.parts).toEqual([refusedPart(20)]);
    expect(decisions.get('3')!.decision.parts).toEqual([coveredPart(10)]);
    expect(decisions.get('3')!.seen.ticketMinutesBefore).toBe(20);
    expect(decisions.get('4')!.decision.parts).toEqual([billablePart(5, '150.00', '12.50')]);
    expect(decisions.get('4')!.seen.ticketMinutesBefore).toBe(30);
  });

  it('estimate minutes accumulate: the overrun is noted once past the approved minutes', () => {
    const problem = (entryId: string, at: string, minutes: number) => ({
      work: work({ entryId, at, minutes, type: 'problem', approval: hoursEstimate(60) }),
      terms: GOLD,
    });
    const decisions = decideSequence([problem('1', '2026-03-02T10:00', 40), problem('2', '2026-03-03T10:00', 20), problem('3', '2026-03-04T10:00', 15)]);
    expect(decisions.get('1')!.decision.reason).not.toMatch(/over the approved/);
    expect(decisions.get('2')!.decision.reason).not.toMatch(/over the approved/);
    expect(decisions.get('3')!.decision.reason).toMatch(/15 min over the approved 1 h/);
    expect(decisions.get('3')!.seen.approvalMinutesUsedBefore).toBe(60);
  });

  it('each decision can be replayed alone from what it saw', () => {
    const items: SequenceItem[] = [
      { work: work({ entryId: 'A', at: '2026-03-02T10:00', minutes: 10 }), terms: SILVER },
      { work: work({ entryId: 'B', at: '2026-03-03T10:00', minutes: 25 }), terms: SILVER },
      { work: work({ entryId: 'C', at: '2026-03-04T10:00', minutes: 20 }), terms: SILVER },
    ];
    const decisions = decideSequence(items);
    for (const { work: w, terms } of items) {
      const { decision, seen } = decisions.get(w.entryId)!;
      expect(decide(w, terms, replayState(w, seen))).toEqual(decision);
    }
  });
});
