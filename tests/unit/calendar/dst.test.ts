/**
 * Daylight-saving behaviour. The rule: an instant is working time iff its local
 * wall-clock reading lies in a window of its local weekday (and the local date
 * is no holiday). So a window lasts the real time elapsed between its local
 * start and end instants; skipped wall time (spring forward) counts nothing and
 * repeated wall time (fall back) counts each time it occurs.
 *
 * Transitions used (2026):
 *   America/New_York  Mar 8 02:00 EST→03:00 EDT (07:00Z) · Nov 1 02:00 EDT→01:00 EST (06:00Z)
 *   Europe/London     Mar 29 01:00 GMT→02:00 BST (01:00Z) · Oct 25 02:00 BST→01:00 GMT (01:00Z)
 *   Australia/Sydney  Apr 5 03:00 AEDT→02:00 AEST (16:00Z Apr 4) · Oct 4 02:00 AEST→03:00 AEDT (16:00Z Oct 3)
 */
import { describe, expect, it } from 'vitest';
import {
  addBusinessMinutes,
  businessMinutesBetween,
  isWithinSupportHours,
  splitByCalendar,
  workingIntervals,
} from '@/lib/domain/calendar/index.ts';
import type { BusinessCalendar } from '@/lib/domain/calendar/index.ts';
import { calendar, d, EVERY_DAY, hours, iso, LONDON_OFFICE, NEW_YORK_OFFICE, SYDNEY_OFFICE } from './fixtures.ts';

const SUNDAY = [0];
const spans = (cal: BusinessCalendar, from: string, to: string) =>
  workingIntervals(cal, d(from), d(to)).map(({ start, end }) => [iso(start), iso(end)]);

describe('SLA due times across DST changes (Fri 16:00/17:00 + 4 h → Mon)', () => {
  it.each([
    ['New York, spring forward', NEW_YORK_OFFICE, '2026-03-06T17:00:00-05:00', '2026-03-09T11:00:00-04:00'],
    ['New York, fall back', NEW_YORK_OFFICE, '2026-10-30T17:00:00-04:00', '2026-11-02T11:00:00-05:00'],
    ['London, spring forward', LONDON_OFFICE, '2026-03-27T16:00:00Z', '2026-03-30T10:00:00+01:00'],
    ['London, fall back', LONDON_OFFICE, '2026-10-23T16:00:00+01:00', '2026-10-26T10:00:00Z'],
    ['Sydney, DST ends (April)', SYDNEY_OFFICE, '2026-04-03T16:00:00+11:00', '2026-04-06T10:00:00+10:00'],
    ['Sydney, DST starts (October)', SYDNEY_OFFICE, '2026-10-02T16:00:00+10:00', '2026-10-05T10:00:00+11:00'],
  ])('%s', (_name, cal, from, due) => {
    const opened = d(from);
    const minutes = from.endsWith('17:00:00-05:00') || from.endsWith('17:00:00-04:00') ? 60 + 180 : 120 + 120;
    expect(iso(addBusinessMinutes(cal, opened, minutes))).toBe(iso(d(due)));
    expect(businessMinutesBetween(cal, opened, d(due))).toBe(minutes);
  });
});

describe('a window keeps its wall-clock length on DST days', () => {
  const everyDay = (tz: string) => calendar(tz, hours(EVERY_DAY, ['08:00', '18:00']));

  it.each([
    ['America/New_York', '2026-03-08', '2026-03-08T12:00:00.000Z', '2026-03-08T22:00:00.000Z'],
    ['America/New_York', '2026-11-01', '2026-11-01T13:00:00.000Z', '2026-11-01T23:00:00.000Z'],
    ['Europe/London', '2026-03-29', '2026-03-29T07:00:00.000Z', '2026-03-29T17:00:00.000Z'],
    ['Europe/London', '2026-10-25', '2026-10-25T08:00:00.000Z', '2026-10-25T18:00:00.000Z'],
    ['Australia/Sydney', '2026-04-05', '2026-04-04T22:00:00.000Z', '2026-04-05T08:00:00.000Z'],
    ['Australia/Sydney', '2026-10-04', '2026-10-03T21:00:00.000Z', '2026-10-04T07:00:00.000Z'],
  ])('%s on %s: 08:00–18:00 is 600 minutes', (tz, _day, start, end) => {
    const cal = everyDay(tz);
    const from = new Date(d(start).getTime() - 6 * 3_600_000);
    const to = new Date(d(end).getTime() + 6 * 3_600_000);
    expect(spans(cal, iso(from), iso(to))).toEqual([[start, end]]);
    expect(businessMinutesBetween(cal, from, to)).toBe(600);
  });

  it('a Saturday-evening ticket on a spring-forward weekend opens at 08:00 EDT on Sunday', () => {
    const cal = everyDay('America/New_York');
    expect(iso(addBusinessMinutes(cal, d('2026-03-07T17:00:00-05:00'), 120))).toBe(iso(d('2026-03-08T09:00:00-04:00')));
  });
});

describe('whole days are 23 or 25 hours long', () => {
  it.each([
    ['America/New_York', '2026-03-02T12:00:00Z', '2026-03-16T12:00:00Z', 23 * 60],
    ['America/New_York', '2026-10-26T12:00:00Z', '2026-11-09T12:00:00Z', 25 * 60],
    ['Europe/London', '2026-03-23T00:00:00Z', '2026-04-06T00:00:00Z', 23 * 60],
    ['Europe/London', '2026-10-19T00:00:00Z', '2026-11-02T00:00:00Z', 25 * 60],
    ['Australia/Sydney', '2026-04-01T00:00:00Z', '2026-04-15T00:00:00Z', 25 * 60],
    ['Australia/Sydney', '2026-09-30T00:00:00Z', '2026-10-14T00:00:00Z', 23 * 60],
  ])('%s: a Sunday 00:00–24:00 window over two Sundays (%s…%s) counts %i + 1440 minutes', (tz, from, to, minutes) => {
    const sundays = calendar(tz, hours(SUNDAY, ['00:00', '24:00']));
    expect(businessMinutesBetween(sundays, d(from), d(to))).toBe(minutes + 24 * 60);
  });
});

describe('windows touching the skipped or repeated hour', () => {
  const sundayNY = (...ranges: [string, string][]) => calendar('America/New_York', hours(SUNDAY, ...ranges));

  it('spring forward: skipped wall time contributes nothing', () => {
    // 01:00 EST → 04:00 EDT: only 2 real hours
    expect(spans(sundayNY(['01:00', '04:00']), '2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z')).toEqual([
      ['2026-03-08T06:00:00.000Z', '2026-03-08T08:00:00.000Z'],
    ]);
    // 02:00–03:00 does not exist that night
    expect(spans(sundayNY(['02:00', '03:00']), '2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z')).toEqual([]);
    // 02:30–03:30 effectively starts at the transition (03:00 EDT)
    expect(spans(sundayNY(['02:30', '03:30']), '2026-03-08T00:00:00Z', '2026-03-09T00:00:00Z')).toEqual([
      ['2026-03-08T07:00:00.000Z', '2026-03-08T07:30:00.000Z'],
    ]);
    expect(isWithinSupportHours(sundayNY(['02:30', '03:30']), d('2026-03-08T06:59:59Z'))).toBe(false);
    expect(isWithinSupportHours(sundayNY(['02:30', '03:30']), d('2026-03-08T07:00:00Z'))).toBe(true);
    // a week later the same window is a normal hour
    expect(businessMinutesBetween(sundayNY(['02:00', '03:00']), d('2026-03-15T00:00:00Z'), d('2026-03-16T00:00:00Z'))).toBe(60);
  });

  it('fall back: repeated wall time counts each time it occurs', () => {
    // 01:00 EDT → 04:00 EST: 4 real hours
    expect(spans(sundayNY(['01:00', '04:00']), '2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z')).toEqual([
      ['2026-11-01T05:00:00.000Z', '2026-11-01T09:00:00.000Z'],
    ]);
    // a window inside the repeated hour happens twice
    expect(spans(sundayNY(['01:15', '01:45']), '2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z')).toEqual([
      ['2026-11-01T05:15:00.000Z', '2026-11-01T05:45:00.000Z'],
      ['2026-11-01T06:15:00.000Z', '2026-11-01T06:45:00.000Z'],
    ]);
    // 02:00 local only occurs once (after the clocks went back)
    expect(spans(sundayNY(['02:00', '03:00']), '2026-11-01T00:00:00Z', '2026-11-02T00:00:00Z')).toEqual([
      ['2026-11-01T07:00:00.000Z', '2026-11-01T08:00:00.000Z'],
    ]);
    // Sydney repeats 02:00–03:00: both passes join into one 2-hour interval
    const sydney = calendar('Australia/Sydney', hours(SUNDAY, ['02:00', '03:00']));
    expect(spans(sydney, '2026-04-04T00:00:00Z', '2026-04-06T00:00:00Z')).toEqual([
      ['2026-04-04T15:00:00.000Z', '2026-04-04T17:00:00.000Z'],
    ]);
    expect(spans(sydney, '2026-10-03T00:00:00Z', '2026-10-05T00:00:00Z')).toEqual([]);
  });
});

describe('billing splits use real elapsed time', () => {
  it('New York, weekend work across spring forward', () => {
    const split = splitByCalendar(NEW_YORK_OFFICE, d('2026-03-07T20:00:00-05:00'), d('2026-03-09T09:00:00-04:00'));
    expect(split.inHoursMinutes).toBe(60);
    expect(split.afterHoursMinutes).toBe(35 * 60);
    expect(split.segments.map((s) => [iso(s.start), iso(s.end), s.isInHours])).toEqual([
      ['2026-03-08T01:00:00.000Z', '2026-03-09T12:00:00.000Z', false],
      ['2026-03-09T12:00:00.000Z', '2026-03-09T13:00:00.000Z', true],
    ]);
  });

  it('New York, overnight shift on the fall-back night is 9 real hours (wall clock says 8)', () => {
    const split = splitByCalendar(NEW_YORK_OFFICE, d('2026-10-31T22:00:00-04:00'), d('2026-11-01T06:00:00-05:00'));
    expect(split).toMatchObject({ inHoursMinutes: 0, afterHoursMinutes: 9 * 60 });
  });
});
