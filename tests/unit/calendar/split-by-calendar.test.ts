import { describe, expect, it } from 'vitest';
import { splitByCalendar } from '@/lib/domain/calendar/index.ts';
import { d, iso, LUNCH_BREAK, NEW_YORK_OFFICE, TWENTY_FOUR_SEVEN, UTC_OFFICE } from './fixtures.ts';

const segs = (split: ReturnType<typeof splitByCalendar>) =>
  split.segments.map((s) => [iso(s.start), iso(s.end), s.isInHours]);

describe('splitByCalendar', () => {
  it('evening work straddling closing time', () => {
    const split = splitByCalendar(NEW_YORK_OFFICE, d('2026-01-13T17:00:00-05:00'), d('2026-01-13T19:30:00-05:00'));
    expect(split.inHoursMinutes).toBe(60);
    expect(split.afterHoursMinutes).toBe(90);
    expect(segs(split)).toEqual([
      ['2026-01-13T22:00:00.000Z', '2026-01-13T23:00:00.000Z', true],
      ['2026-01-13T23:00:00.000Z', '2026-01-14T00:30:00.000Z', false],
    ]);
  });

  it('all in hours / all after hours', () => {
    expect(splitByCalendar(UTC_OFFICE, d('2026-01-13T09:00:00Z'), d('2026-01-13T10:00:00Z'))).toMatchObject({
      inHoursMinutes: 60,
      afterHoursMinutes: 0,
    });
    expect(splitByCalendar(UTC_OFFICE, d('2026-01-17T09:00:00Z'), d('2026-01-17T10:00:00Z'))).toMatchObject({
      inHoursMinutes: 0,
      afterHoursMinutes: 60,
    });
  });

  it('across the lunch break', () => {
    const split = splitByCalendar(LUNCH_BREAK, d('2026-01-13T11:30:00Z'), d('2026-01-13T13:30:00Z'));
    expect(split).toMatchObject({ inHoursMinutes: 60, afterHoursMinutes: 60 });
    expect(segs(split)).toEqual([
      ['2026-01-13T11:30:00.000Z', '2026-01-13T12:00:00.000Z', true],
      ['2026-01-13T12:00:00.000Z', '2026-01-13T13:00:00.000Z', false],
      ['2026-01-13T13:00:00.000Z', '2026-01-13T13:30:00.000Z', true],
    ]);
  });

  it('overnight into the next morning', () => {
    const split = splitByCalendar(UTC_OFFICE, d('2026-01-13T16:00:00Z'), d('2026-01-14T09:00:00Z'));
    expect(split).toMatchObject({ inHoursMinutes: 180, afterHoursMinutes: 840 });
    expect(segs(split).map((s) => s[2])).toEqual([true, false, true]);
  });

  it('rounds so that the parts add up to the rounded total', () => {
    // 17:59:40 → 18:00:50: 20 s in hours, 50 s after; total 70 s rounds to 1 minute
    const split = splitByCalendar(UTC_OFFICE, d('2026-01-13T17:59:40Z'), d('2026-01-13T18:00:50Z'));
    expect(split.inHoursMinutes).toBe(0);
    expect(split.afterHoursMinutes).toBe(1);
    // 17:59:20 → 18:00:10: 40 s in hours rounds to 1, total 50 s rounds to 1
    const other = splitByCalendar(UTC_OFFICE, d('2026-01-13T17:59:20Z'), d('2026-01-13T18:00:10Z'));
    expect(other).toMatchObject({ inHoursMinutes: 1, afterHoursMinutes: 0 });
  });

  it('24×7 is all in hours, holidays included', () => {
    const split = splitByCalendar(TWENTY_FOUR_SEVEN, d('2026-12-24T20:00:00Z'), d('2026-12-25T20:00:00Z'));
    expect(split).toMatchObject({ inHoursMinutes: 1440, afterHoursMinutes: 0 });
    expect(split.segments).toHaveLength(1);
  });

  it('empty range gives an empty split; reversed range throws', () => {
    const at = d('2026-01-13T09:00:00Z');
    expect(splitByCalendar(UTC_OFFICE, at, at)).toEqual({ inHoursMinutes: 0, afterHoursMinutes: 0, segments: [] });
    expect(() => splitByCalendar(UTC_OFFICE, at, d('2026-01-13T08:00:00Z'))).toThrow(RangeError);
  });
});
