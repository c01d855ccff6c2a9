import { describe, expect, it } from 'vitest';
import { addBusinessMinutes, businessMinutesBetween } from '@/lib/domain/calendar/index.ts';
import {
  calendar,
  d,
  EVERY_DAY,
  hours,
  iso,
  LONDON_OFFICE,
  LUNCH_BREAK,
  MON_FRI,
  NEW_YORK_OFFICE,
  TWENTY_FOUR_SEVEN,
  UTC_OFFICE,
} from './fixtures.ts';

const NY_JULY_4TH_OBSERVED = { ...NEW_YORK_OFFICE, holidays: ['2026-07-03'] };

describe('addBusinessMinutes', () => {
  it.each([
    ['within the same day', NEW_YORK_OFFICE, '2026-01-13T09:00:00-05:00', 120, '2026-01-13T11:00:00-05:00'],
    ['Friday 17:00 + 4 h lands Monday 11:00', NEW_YORK_OFFICE, '2026-01-16T17:00:00-05:00', 240, '2026-01-19T11:00:00-05:00'],
    ['Friday 17:00 + 4 h (UTC calendar)', UTC_OFFICE, '2026-01-16T17:00:00Z', 240, '2026-01-19T11:00:00Z'],
    ['budget ending exactly at closing time stays on that day', NEW_YORK_OFFICE, '2026-01-16T17:00:00-05:00', 60, '2026-01-16T18:00:00-05:00'],
    ['opened before hours starts counting at opening', NEW_YORK_OFFICE, '2026-01-13T06:15:00-05:00', 30, '2026-01-13T08:30:00-05:00'],
    ['opened on Saturday starts counting Monday', NEW_YORK_OFFICE, '2026-01-17T10:00:00-05:00', 90, '2026-01-19T09:30:00-05:00'],
    ['SLA across a holiday', NY_JULY_4TH_OBSERVED, '2026-07-02T16:00:00-04:00', 240, '2026-07-06T10:00:00-04:00'],
    ['opened on a holiday', NY_JULY_4TH_OBSERVED, '2026-07-03T09:00:00-04:00', 60, '2026-07-06T09:00:00-04:00'],
    ['skips the lunch break', LUNCH_BREAK, '2026-01-13T11:00:00Z', 120, '2026-01-13T14:00:00Z'],
    ['lunch break and overnight', LUNCH_BREAK, '2026-01-13T16:00:00Z', 300, '2026-01-14T12:00:00Z'],
    ['seconds are kept', UTC_OFFICE, '2026-01-13T09:00:30Z', 1, '2026-01-13T09:01:30Z'],
    ['fractional minutes', UTC_OFFICE, '2026-01-13T09:00:00Z', 1.5, '2026-01-13T09:01:30Z'],
    ['24×7 is plain addition, holidays ignored', TWENTY_FOUR_SEVEN, '2026-12-24T23:00:00Z', 1440, '2026-12-25T23:00:00Z'],
    ['London office, several weeks (10,000 min = 16 days + 400 min)', LONDON_OFFICE, '2026-01-05T08:00:00Z', 10_000, '2026-01-27T14:40:00Z'],
  ])('%s', (_name, cal, from, minutes, expected) => {
    expect(iso(addBusinessMinutes(cal, d(from), minutes))).toBe(iso(d(expected)));
  });

  it('returns `from` itself for 0 minutes, even outside hours', () => {
    const saturday = d('2026-01-17T10:00:00-05:00');
    expect(addBusinessMinutes(NEW_YORK_OFFICE, saturday, 0).getTime()).toBe(saturday.getTime());
    expect(addBusinessMinutes(calendar('UTC', []), saturday, 0).getTime()).toBe(saturday.getTime());
  });

  it('throws for calendars without working time instead of looping', () => {
    expect(() => addBusinessMinutes(calendar('UTC', []), d('2026-01-01T00:00:00Z'), 1)).toThrow(/no working/);
    expect(() => addBusinessMinutes(calendar('UTC', hours(MON_FRI, ['09:00', '09:00'])), d('2026-01-01T00:00:00Z'), 1)).toThrow(
      /no working/,
    );
  });

  it('skips long runs of holidays, and gives up only beyond them', () => {
    const january = Array.from({ length: 31 }, (_, i) => `2026-01-${String(i + 1).padStart(2, '0')}`);
    const cal = calendar('UTC', hours(EVERY_DAY, ['09:00', '10:00']), january);
    expect(iso(addBusinessMinutes(cal, d('2025-12-31T09:30:00Z'), 60))).toBe('2026-02-01T09:30:00.000Z');
  });

  it('rejects negative or non-finite minutes', () => {
    expect(() => addBusinessMinutes(UTC_OFFICE, d('2026-01-13T09:00:00Z'), -1)).toThrow(RangeError);
    expect(() => addBusinessMinutes(UTC_OFFICE, d('2026-01-13T09:00:00Z'), Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('handles a year of business minutes quickly', () => {
    const start = d('2026-01-05T08:00:00-05:00');
    const minutes = 250 * 600; // ~a year of 10-hour weekdays
    const t0 = performance.now();
    const due = addBusinessMinutes(NEW_YORK_OFFICE, start, minutes);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(businessMinutesBetween(NEW_YORK_OFFICE, start, due)).toBe(minutes);
  });
});

describe('businessMinutesBetween', () => {
  it.each([
    ['a working day', NEW_YORK_OFFICE, '2026-01-13T00:00:00-05:00', '2026-01-14T00:00:00-05:00', 600],
    ['a whole week', NEW_YORK_OFFICE, '2026-01-12T00:00:00-05:00', '2026-01-19T00:00:00-05:00', 3000],
    ['Friday 17:00 to Monday 11:00', NEW_YORK_OFFICE, '2026-01-16T17:00:00-05:00', '2026-01-19T11:00:00-05:00', 240],
    ['floors partial minutes', UTC_OFFICE, '2026-01-13T10:00:30Z', '2026-01-13T10:02:10Z', 1],
    ['59.999 s is 0 minutes', UTC_OFFICE, '2026-01-13T10:00:00.000Z', '2026-01-13T10:00:59.999Z', 0],
    ['reversed range is 0', UTC_OFFICE, '2026-01-14T10:00:00Z', '2026-01-13T10:00:00Z', 0],
    ['holiday counts nothing', NY_JULY_4TH_OBSERVED, '2026-07-03T00:00:00-04:00', '2026-07-04T00:00:00-04:00', 0],
    ['lunch break day', LUNCH_BREAK, '2026-01-13T00:00:00Z', '2026-01-14T00:00:00Z', 480],
    ['24×7 over a holiday', TWENTY_FOUR_SEVEN, '2026-12-25T00:00:00Z', '2026-12-26T00:00:00Z', 1440],
  ])('%s', (_name, cal, from, to, expected) => {
    expect(businessMinutesBetween(cal, d(from), d(to))).toBe(expected);
  });
});
