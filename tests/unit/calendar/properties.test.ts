import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addBusinessMinutes,
  businessMinutesBetween,
  isWithinSupportHours,
  splitByCalendar,
  workingIntervals,
} from '@/lib/domain/calendar/index.ts';
import type { BusinessCalendar, WorkingWindow } from '@/lib/domain/calendar/index.ts';
import {
  calendar,
  hours,
  LONDON_OFFICE,
  LUNCH_BREAK,
  NEW_YORK_OFFICE,
  SYDNEY_OFFICE,
  TWENTY_FOUR_SEVEN,
  UTC_OFFICE,
} from './fixtures.ts';

const RUNS = { numRuns: 200 };
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const ZONES = ['UTC', 'America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata', 'America/Sao_Paulo'];
/** DST changes of 2026 in the zones above: instants are drawn near them on purpose. */
const DST_CHANGES = [
  '2026-03-08T07:00:00Z',
  '2026-11-01T06:00:00Z',
  '2026-03-29T01:00:00Z',
  '2026-10-25T01:00:00Z',
  '2026-04-04T16:00:00Z',
  '2026-10-03T16:00:00Z',
].map((s) => Date.parse(s));

/** Whole-minute instants in 2025–2027, half of them within 3 days of a DST change. */
const minuteInstant = fc.oneof(
  fc.integer({ min: Date.parse('2025-01-01T00:00:00Z') / MINUTE, max: Date.parse('2027-12-31T00:00:00Z') / MINUTE }).map(
    (m) => m * MINUTE,
  ),
  fc
    .tuple(fc.constantFrom(...DST_CHANGES), fc.integer({ min: -3 * 24 * 60, max: 3 * 24 * 60 }))
    .map(([t, m]) => t + m * MINUTE),
);
/** Whole-minute instants within a day and a half before a DST change. */
const justBeforeDstChange = fc
  .tuple(fc.constantFrom(...DST_CHANGES), fc.integer({ min: 0, max: 36 * 60 }))
  .map(([t, m]) => t - m * MINUTE);
/** Any millisecond instant (seconds included). */
const anyInstant = fc.tuple(minuteInstant, fc.integer({ min: 0, max: MINUTE - 1 })).map(([t, ms]) => t + ms);

const windowArb: fc.Arbitrary<WorkingWindow> = fc
  .record({ weekday: fc.integer({ min: 0, max: 6 }), a: fc.integer({ min: 0, max: 96 }), b: fc.integer({ min: 0, max: 96 }) })
  .map(({ weekday, a, b }) => ({ weekday, startMinute: Math.min(a, b) * 15, endMinute: Math.max(a, b) * 15 }));

const randomCalendar: fc.Arbitrary<BusinessCalendar> = fc
  .record({
    timezone: fc.constantFrom(...ZONES),
    windows: fc.array(windowArb, { minLength: 1, maxLength: 8 }),
    extra: windowArb,
    holidays: fc.uniqueArray(fc.integer({ min: 0, max: 3 * 365 }), { maxLength: 40 }),
  })
  .map(({ timezone, windows, extra, holidays }) =>
    calendar(
      timezone,
      // always some working time
      [...windows, { ...extra, startMinute: Math.min(extra.startMinute, 1425), endMinute: Math.max(extra.endMinute, Math.min(extra.startMinute, 1425) + 15) }],
      holidays.map((n) => new Date(Date.parse('2025-01-01T00:00:00Z') + n * DAY).toISOString().slice(0, 10)),
    ),
  );

const NIGHT_AND_WEEKEND = calendar('America/New_York', [
  ...hours([1, 2, 3, 4, 5], ['00:00', '08:00'], ['18:00', '24:00']),
  ...hours([0, 6], ['00:00', '24:00']),
]);
const DST_NIGHT = calendar('Europe/London', hours([0], ['00:30', '02:30']));

const someCalendar = fc.oneof(
  fc.constantFrom(
    NEW_YORK_OFFICE,
    LONDON_OFFICE,
    SYDNEY_OFFICE,
    UTC_OFFICE,
    LUNCH_BREAK,
    TWENTY_FOUR_SEVEN,
    NIGHT_AND_WEEKEND,
    DST_NIGHT,
    { ...NEW_YORK_OFFICE, holidays: ['2026-03-09', '2026-11-02', '2026-12-25'] },
  ),
  randomCalendar,
);

const businessMinutes = fc.integer({ min: 0, max: 12_000 });

/** Independent oracle: wall clock via Intl.formatToParts, no shared code with the library. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function oracleIsWorking(cal: BusinessCalendar, ms: number): boolean {
  if (cal.is24x7) return true;
  let f = formatters.get(cal.timezone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: cal.timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
    });
    formatters.set(cal.timezone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  if (cal.holidays.includes(`${p.year}-${p.month}-${p.day}`)) return false;
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(p.weekday);
  const minute = Number(p.hour) * 60 + Number(p.minute);
  return cal.windows.some((w) => w.weekday === weekday && w.startMinute <= minute && minute < w.endMinute);
}

describe('calendar properties', () => {
  it('businessMinutesBetween(a, addBusinessMinutes(a, m)) === m, from in-hours and other starting points', () => {
    fc.assert(
      fc.property(someCalendar, anyInstant, businessMinutes, fc.boolean(), (cal, t, m, snapInHours) => {
        let from = new Date(t);
        if (snapInHours) {
          // move to an in-hours instant: the start of the next working interval (+ some seconds)
          const next = workingIntervals(cal, from, new Date(t + 60 * DAY))[0];
          fc.pre(next !== undefined);
          from = new Date(Math.max(t, next.start.getTime()));
          expect(isWithinSupportHours(cal, from)).toBe(true);
        }
        const due = addBusinessMinutes(cal, from, m);
        expect(due.getTime()).toBeGreaterThanOrEqual(from.getTime());
        expect(businessMinutesBetween(cal, from, due)).toBe(m);
        if (m > 0) expect(isWithinSupportHours(cal, new Date(due.getTime() - 1))).toBe(true);
      }),
      RUNS,
    );
  });

  it('addBusinessMinutes is monotonic in the minutes', () => {
    fc.assert(
      fc.property(someCalendar, anyInstant, businessMinutes, businessMinutes, (cal, t, m1, m2) => {
        const [lo, hi] = m1 <= m2 ? [m1, m2] : [m2, m1];
        const a = addBusinessMinutes(cal, new Date(t), lo).getTime();
        const b = addBusinessMinutes(cal, new Date(t), hi).getTime();
        if (lo === hi) expect(a).toBe(b);
        else expect(a).toBeLessThan(b);
      }),
      RUNS,
    );
  });

  it('split parts add up to the total, and segments tile [start, end) alternating', () => {
    fc.assert(
      fc.property(someCalendar, anyInstant, fc.integer({ min: 0, max: 10 * DAY }), (cal, t, length) => {
        const start = new Date(t);
        const end = new Date(t + length);
        const split = splitByCalendar(cal, start, end);
        expect(split.inHoursMinutes + split.afterHoursMinutes).toBe(Math.round(length / MINUTE));
        expect(split.inHoursMinutes).toBeGreaterThanOrEqual(0);
        expect(split.afterHoursMinutes).toBeGreaterThanOrEqual(0);
        let cursor = t;
        split.segments.forEach((s, i) => {
          expect(s.start.getTime()).toBe(cursor);
          expect(s.end.getTime()).toBeGreaterThan(cursor);
          if (i > 0) expect(s.isInHours).toBe(!split.segments[i - 1].isInHours);
          cursor = s.end.getTime();
        });
        expect(cursor).toBe(length === 0 ? t : t + length);
        const inMs = split.segments.filter((s) => s.isInHours).reduce((n, s) => n + (s.end.getTime() - s.start.getTime()), 0);
        expect(split.inHoursMinutes).toBe(Math.round(inMs / MINUTE));
        expect(businessMinutesBetween(cal, start, end)).toBe(Math.floor(inMs / MINUTE));
      }),
      RUNS,
    );
  });

  it('splitting is additive over adjacent whole-minute intervals', () => {
    fc.assert(
      fc.property(
        someCalendar,
        minuteInstant,
        fc.integer({ min: 0, max: 4 * 24 * 60 }),
        fc.integer({ min: 0, max: 4 * 24 * 60 }),
        (cal, a, m1, m2) => {
          const [b, c] = [a + m1 * MINUTE, a + (m1 + m2) * MINUTE];
          const whole = splitByCalendar(cal, new Date(a), new Date(c));
          const left = splitByCalendar(cal, new Date(a), new Date(b));
          const right = splitByCalendar(cal, new Date(b), new Date(c));
          expect(left.inHoursMinutes + right.inHoursMinutes).toBe(whole.inHoursMinutes);
          expect(left.afterHoursMinutes + right.afterHoursMinutes).toBe(whole.afterHoursMinutes);
          expect(
            businessMinutesBetween(cal, new Date(a), new Date(b)) + businessMinutesBetween(cal, new Date(b), new Date(c)),
          ).toBe(businessMinutesBetween(cal, new Date(a), new Date(c)));
        },
      ),
      RUNS,
    );
  });

  it('workingIntervals are sorted, merged, inside the range, and agree with isWithinSupportHours', () => {
    fc.assert(
      fc.property(someCalendar, anyInstant, fc.integer({ min: 0, max: 14 * DAY }), anyInstant, (cal, t, length, probe) => {
        const intervals = workingIntervals(cal, new Date(t), new Date(t + length));
        let previousEnd = -Infinity;
        for (const { start, end } of intervals) {
          expect(start.getTime()).toBeGreaterThan(previousEnd);
          expect(end.getTime()).toBeGreaterThan(start.getTime());
          previousEnd = end.getTime();
        }
        if (intervals.length) {
          expect(intervals[0].start.getTime()).toBeGreaterThanOrEqual(t);
          expect(previousEnd).toBeLessThanOrEqual(t + length);
        }
        const around = workingIntervals(cal, new Date(probe), new Date(probe + 1));
        expect(isWithinSupportHours(cal, new Date(probe))).toBe(around.length > 0);
      }),
      RUNS,
    );
  });

  it('matches an independent minute-by-minute oracle (Intl.formatToParts) over short ranges', () => {
    fc.assert(
      fc.property(someCalendar, fc.oneof(minuteInstant, justBeforeDstChange), fc.integer({ min: 0, max: 2 * 24 * 4 }), (cal, t, quarters) => {
        // windows and zone offsets are whole quarter hours, so a quarter-hour block is all-in or all-out
        const aligned = Math.floor(t / (15 * MINUTE)) * 15 * MINUTE;
        let expected = 0;
        for (let q = 0; q < quarters; q++) {
          if (oracleIsWorking(cal, aligned + q * 15 * MINUTE)) expected += 15;
        }
        const got = businessMinutesBetween(cal, new Date(aligned), new Date(aligned + quarters * 15 * MINUTE));
        expect(got).toBe(expected);
      }),
      { numRuns: 100 },
    );
  });
});
