/**
 * The engine in the client's own timezone: support hours across daylight-saving changes,
 * holidays on local dates, and help-desk quota months that follow the client's calendar
 * month rather than UTC's.
 */
import { describe, expect, it } from 'vitest';
import { decide, decideSequence } from '@/lib/domain/billing/index.ts';
import {
  billablePart,
  coveredPart,
  local,
  managedTerms,
  silver,
  gold,
  state,
  twentyFourSeven,
  work,
} from './builders.ts';
import { checkRow, type Row } from './table.ts';

const NY = 'America/New_York';
const LONDON = 'Europe/London';

describe('17:00–19:00 local splits 60 covered / 60 after hours around DST changes', () => {
  const cases: [string, string, string][] = [
    [NY, '2026-03-09', 'Monday after spring-forward (Sun 2026-03-08)'],
    [NY, '2026-03-02', 'Monday before spring-forward'],
    [NY, '2026-11-02', 'Monday after fall-back (Sun 2026-11-01)'],
    [NY, '2026-10-26', 'Monday before fall-back'],
    [LONDON, '2026-03-30', 'Monday after BST starts (Sun 2026-03-29)'],
    [LONDON, '2026-03-23', 'Monday before BST starts'],
    [LONDON, '2026-10-26', 'Monday after BST ends (Sun 2026-10-25)'],
  ];
  it.each<Row>(
    cases.map(([timezone, day, label]): Row => ({
      name: `${timezone}, ${day}: ${label}`,
      work: work({ startedAt: local(timezone, `${day}T17:00`), endedAt: local(timezone, `${day}T19:00`) }),
      terms: managedTerms('Gold', { clientTimezone: timezone }),
      outcome: 'billable',
      parts: [coveredPart(60), billablePart(60, '225.00', '225.00', true)],
      amount: '225.00',
      reason: [/Covered/, /1 h outside Gold support hours/],
      rule: 'incident',
    })),
  )('$name', (row) => {
    expect(row.work.minutes).toBe(120);
    checkRow(row);
  });

  it('the same UTC instants in New York differ by an hour before and after the change', () => {
    expect(local(NY, '2026-03-02T17:00').toISOString()).toBe('2026-03-02T22:00:00.000Z');
    expect(local(NY, '2026-03-09T17:00').toISOString()).toBe('2026-03-09T21:00:00.000Z');
    expect(local(LONDON, '2026-03-30T17:00').toISOString()).toBe('2026-03-30T16:00:00.000Z');
  });

  it('an entry across the spring-forward night counts real elapsed minutes (01:30–03:30 local = 1 h)', () => {
    const w = work({ startedAt: local(NY, '2026-03-08T01:30'), endedAt: local(NY, '2026-03-08T03:30') });
    expect(w.minutes).toBe(60);
    const d = decide(w, managedTerms('Gold', { clientTimezone: NY }), state());
    expect(d.parts).toEqual([billablePart(60, '225.00', '225.00', true)]);
  });

  it('an entry across the fall-back night counts real elapsed minutes (00:30–02:30 local = 3 h)', () => {
    const w = work({ startedAt: local(NY, '2026-11-01T00:30'), endedAt: local(NY, '2026-11-01T02:30') });
    expect(w.minutes).toBe(180);
    const d = decide(w, managedTerms('Gold', { clientTimezone: NY }), state());
    expect(d.parts).toEqual([billablePart(180, '225.00', '675.00', true)]);
  });

  it('a holiday is a local date: 09:00 in Sydney on a holiday is after hours (still the day before in UTC)', () => {
    const SYDNEY = 'Australia/Sydney';
    const terms = managedTerms(gold({ timezone: SYDNEY, holidays: ['2026-03-10'] }), { clientTimezone: SYDNEY });
    const holidayMorning = work({ startedAt: local(SYDNEY, '2026-03-10T09:00'), minutes: 30 });
    expect(holidayMorning.startedAt.toISOString()).toBe('2026-03-09T22:00:00.000Z');
    expect(decide(holidayMorning, terms, state()).parts).toEqual([billablePart(30, '225.00', '112.50', true)]);
    const dayBefore = work({ startedAt: local(SYDNEY, '2026-03-09T09:00'), minutes: 30 });
    expect(decide(dayBefore, terms, state()).parts).toEqual([coveredPart(30)]);
  });
});

describe('help-desk quota months follow the client’s local month', () => {
  // a Silver-like tier whose help desk runs 24×7, so late-night sessions use the quota
  const silver247 = (timezone: string) =>
    managedTerms(silver({ calendar: twentyFourSeven(timezone) }), { clientTimezone: timezone });

  it('New York 2026-03-31 23:30 local (April in UTC) uses March’s quota', () => {
    const w = work({ startedAt: local(NY, '2026-03-31T23:30'), minutes: 10 });
    expect(w.startedAt.toISOString()).toBe('2026-04-01T03:30:00.000Z');
    const marchUsed = decide(w, silver247(NY), state({ quotaSessionsUsed: { '2026-03': 2 } }));
    expect(marchUsed.outcome).toBe('billable');
    expect(marchUsed.quotaSessionsUsed).toBe(0);
    const aprilUsed = decide(w, silver247(NY), state({ quotaSessionsUsed: { '2026-04': 2 } }));
    expect(aprilUsed.outcome).toBe('covered');
    expect(aprilUsed.reason).toMatch(/session 1 of 2/);
  });

  it('London 2026-04-01 00:30 local (March in UTC) uses April’s quota', () => {
    const w = work({ startedAt: local(LONDON, '2026-04-01T00:30'), minutes: 10 });
    expect(w.startedAt.toISOString()).toBe('2026-03-31T23:30:00.000Z');
    expect(decide(w, silver247(LONDON), state({ quotaSessionsUsed: { '2026-03': 2 } })).outcome).toBe('covered');
    expect(decide(w, silver247(LONDON), state({ quotaSessionsUsed: { '2026-04': 2 } })).outcome).toBe('billable');
  });

  it('in a sequence, the late-March entry is March’s third session and early April starts afresh', () => {
    const terms = silver247(NY);
    const at = (wall: string, entryId: string) => ({ work: work({ entryId, startedAt: local(NY, wall), minutes: 10 }), terms });
    const decisions = decideSequence([
      at('2026-04-01T00:30', 'apr-1'),
      at('2026-03-31T23:30', 'mar-3'),
      at('2026-03-02T10:00', 'mar-1'),
      at('2026-03-16T10:00', 'mar-2'),
    ]);
    expect(decisions.get('mar-1')!.decision.outcome).toBe('covered');
    expect(decisions.get('mar-2')!.decision.outcome).toBe('covered');
    expect(decisions.get('mar-3')!.seen).toMatchObject({ monthKey: '2026-03', quotaSessionsUsed: 2 });
    expect(decisions.get('mar-3')!.decision.outcome).toBe('billable');
    expect(decisions.get('apr-1')!.seen).toMatchObject({ monthKey: '2026-04', quotaSessionsUsed: 0 });
    expect(decisions.get('apr-1')!.decision.outcome).toBe('covered');
  });
});
