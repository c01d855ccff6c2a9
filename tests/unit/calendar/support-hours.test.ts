import { describe, expect, it } from 'vitest';
import { isWithinSupportHours, workingIntervals } from '@/lib/domain/calendar/index.ts';
import {
  calendar,
  d,
  EVERY_DAY,
  hours,
  iso,
  LUNCH_BREAK,
  MON_FRI,
  NEW_YORK_OFFICE,
  TWENTY_FOUR_SEVEN,
  UTC_OFFICE,
} from './fixtures.ts';

const NY_WITH_MLK_DAY = { ...NEW_YORK_OFFICE, holidays: ['2026-01-19'] };
/** Friday evening shift running into Saturday morning: 18:00–24:00 + 00:00–06:00. */
const NIGHT_SHIFT = calendar('America/New_York', [
  { weekday: 5, startMinute: 18 * 60, endMinute: 1440 },
  { weekday: 6, startMinute: 0, endMinute: 6 * 60 },
]);

describe('isWithinSupportHours', () => {
  it.each([
    ['weekday mid-morning', NEW_YORK_OFFICE, '2026-01-13T10:00:00-05:00', true],
    ['opening minute (start inclusive)', NEW_YORK_OFFICE, '2026-01-13T08:00:00-05:00', true],
    ['a second before opening', NEW_YORK_OFFICE, '2026-01-13T07:59:59-05:00', false],
    ['last second of the day', NEW_YORK_OFFICE, '2026-01-13T17:59:59-05:00', true],
    ['closing minute (end exclusive)', NEW_YORK_OFFICE, '2026-01-13T18:00:00-05:00', false],
    ['weekday night', NEW_YORK_OFFICE, '2026-01-13T23:00:00-05:00', false],
    ['Saturday', NEW_YORK_OFFICE, '2026-01-17T12:00:00-05:00', false],
    ['Sunday', NEW_YORK_OFFICE, '2026-01-18T12:00:00-05:00', false],
    ['holiday', NY_WITH_MLK_DAY, '2026-01-19T12:00:00-05:00', false],
    ['day after the holiday', NY_WITH_MLK_DAY, '2026-01-20T12:00:00-05:00', true],
    // 10:00 in New York is 15:00 UTC: the local weekday/time is what counts
    ['UTC evening that is NY afternoon', NEW_YORK_OFFICE, '2026-01-13T22:30:00Z', true],
    ['UTC Saturday that is NY Friday', NEW_YORK_OFFICE, '2026-01-17T01:00:00Z', false],
    ['window ending at midnight, 23:59', NIGHT_SHIFT, '2026-01-16T23:59:00-05:00', true],
    ['next day continues at 00:00', NIGHT_SHIFT, '2026-01-17T00:00:00-05:00', true],
    ['lunch break', LUNCH_BREAK, '2026-01-13T12:30:00Z', false],
    ['after lunch', LUNCH_BREAK, '2026-01-13T13:00:00Z', true],
    ['24×7 on a listed holiday', TWENTY_FOUR_SEVEN, '2026-12-25T03:00:00-05:00', true],
  ])('%s', (_name, cal, instant, expected) => {
    expect(isWithinSupportHours(cal, d(instant))).toBe(expected);
  });
});

describe('workingIntervals', () => {
  const asIso = (cal: Parameters<typeof workingIntervals>[0], from: string, to: string) =>
    workingIntervals(cal, d(from), d(to)).map(({ start, end }) => [iso(start), iso(end)]);

  it('clips the working days to [from, to)', () => {
    expect(asIso(UTC_OFFICE, '2026-01-13T12:00:00Z', '2026-01-15T09:00:00Z')).toEqual([
      ['2026-01-13T12:00:00.000Z', '2026-01-13T18:00:00.000Z'],
      ['2026-01-14T08:00:00.000Z', '2026-01-14T18:00:00.000Z'],
      ['2026-01-15T08:00:00.000Z', '2026-01-15T09:00:00.000Z'],
    ]);
  });

  it('skips weekends and holidays', () => {
    expect(asIso(NY_WITH_MLK_DAY, '2026-01-16T00:00:00Z', '2026-01-21T00:00:00Z')).toEqual([
      ['2026-01-16T13:00:00.000Z', '2026-01-16T23:00:00.000Z'],
      ['2026-01-20T13:00:00.000Z', '2026-01-20T23:00:00.000Z'],
    ]);
  });

  it('merges a window ending at midnight with one starting at midnight', () => {
    expect(asIso(NIGHT_SHIFT, '2026-01-16T12:00:00-05:00', '2026-01-17T12:00:00-05:00')).toEqual([
      ['2026-01-16T23:00:00.000Z', '2026-01-17T11:00:00.000Z'],
    ]);
  });

  it('merges overlapping and touching windows', () => {
    const cal = calendar('UTC', hours([2], ['09:00', '12:00'], ['11:00', '13:00'], ['13:00', '14:00']));
    expect(asIso(cal, '2026-01-13T00:00:00Z', '2026-01-14T00:00:00Z')).toEqual([
      ['2026-01-13T09:00:00.000Z', '2026-01-13T14:00:00.000Z'],
    ]);
  });

  it('keeps a lunch break as a gap', () => {
    expect(asIso(LUNCH_BREAK, '2026-01-13T00:00:00Z', '2026-01-14T00:00:00Z')).toEqual([
      ['2026-01-13T08:00:00.000Z', '2026-01-13T12:00:00.000Z'],
      ['2026-01-13T13:00:00.000Z', '2026-01-13T17:00:00.000Z'],
    ]);
  });

  it('is one interval for 24×7 and for a round-the-clock weekly calendar', () => {
    expect(asIso(TWENTY_FOUR_SEVEN, '2026-12-24T00:00:00Z', '2026-12-27T00:00:00Z')).toEqual([
      ['2026-12-24T00:00:00.000Z', '2026-12-27T00:00:00.000Z'],
    ]);
    const allWeek = calendar('Australia/Sydney', hours(EVERY_DAY, ['00:00', '24:00']));
    expect(asIso(allWeek, '2026-03-01T00:00:00Z', '2026-11-01T00:00:00Z')).toEqual([
      ['2026-03-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z'],
    ]);
  });

  it('is empty for empty or reversed ranges and calendars without hours', () => {
    expect(asIso(UTC_OFFICE, '2026-01-13T12:00:00Z', '2026-01-13T12:00:00Z')).toEqual([]);
    expect(asIso(UTC_OFFICE, '2026-01-14T12:00:00Z', '2026-01-13T12:00:00Z')).toEqual([]);
    expect(asIso(calendar('UTC', []), '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')).toEqual([]);
  });

  it('rejects invalid dates', () => {
    expect(() => workingIntervals(UTC_OFFICE, new Date('nope'), d('2026-01-01T00:00:00Z'))).toThrow(TypeError);
    expect(() => isWithinSupportHours(calendar('UTC', hours(MON_FRI, ['08:00', '18:00'])), new Date(Number.NaN))).toThrow(
      TypeError,
    );
  });
});
