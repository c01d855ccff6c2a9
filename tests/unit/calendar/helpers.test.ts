import { describe, expect, it } from 'vitest';
import {
  describeCalendar,
  formatMinutesOfDay,
  localDateKey,
  monthKey,
  parseTime,
} from '@/lib/domain/calendar/index.ts';
import { calendar, d, EVERY_DAY, hours, LUNCH_BREAK, MON_FRI, NEW_YORK_OFFICE, TWENTY_FOUR_SEVEN } from './fixtures.ts';

describe('parseTime / formatMinutesOfDay', () => {
  it.each([
    ['00:00', 0],
    ['08:30', 510],
    ['8:30', 510],
    ['23:59', 1439],
    ['24:00', 1440],
  ])('parseTime(%s) = %i', (text, minutes) => {
    expect(parseTime(text)).toBe(minutes);
  });

  it.each(['24:01', '25:00', '08:60', '0830', '', 'ab:cd', '08:3'])('parseTime rejects %j', (text) => {
    expect(() => parseTime(text)).toThrow(RangeError);
  });

  it.each([
    [0, '00:00'],
    [510, '08:30'],
    [1439, '23:59'],
    [1440, '24:00'],
  ])('formatMinutesOfDay(%i) = %s', (minutes, text) => {
    expect(formatMinutesOfDay(minutes)).toBe(text);
    expect(parseTime(text)).toBe(minutes);
  });

  it.each([-1, 1441, 1.5, Number.NaN])('formatMinutesOfDay rejects %d', (minutes) => {
    expect(() => formatMinutesOfDay(minutes)).toThrow(RangeError);
  });
});

describe('localDateKey / monthKey', () => {
  it.each([
    ['America/New_York', '2026-03-01T04:59:00Z', '2026-02-28'],
    ['America/New_York', '2026-03-01T05:00:00Z', '2026-03-01'],
    ['Australia/Sydney', '2026-01-31T12:59:00Z', '2026-01-31'],
    ['Australia/Sydney', '2026-01-31T13:00:00Z', '2026-02-01'],
    ['Europe/London', '2026-06-30T23:30:00Z', '2026-07-01'],
    ['UTC', '2026-12-31T23:59:59Z', '2026-12-31'],
  ])('in %s, %s is local date %s', (tz, instant, key) => {
    expect(localDateKey(tz, d(instant))).toBe(key);
    expect(monthKey(tz, d(instant))).toBe(key.slice(0, 7));
  });

  it('rejects unknown zones and invalid dates', () => {
    expect(() => localDateKey('Mars/Olympus_Mons', d('2026-01-01T00:00:00Z'))).toThrow(/time zone/);
    expect(() => monthKey('UTC', new Date(Number.NaN))).toThrow(TypeError);
  });
});

describe('describeCalendar', () => {
  it('summarises the usual office calendar', () => {
    const cal = { ...NEW_YORK_OFFICE, holidays: ['2026-01-01', '2026-07-03', '2026-12-25'] };
    expect(describeCalendar(cal)).toBe('Mon–Fri 08:00–18:00 (America/New_York), 3 holidays');
  });

  it('24×7', () => {
    expect(describeCalendar(TWENTY_FOUR_SEVEN)).toBe('24×7');
  });

  it('lunch breaks, Saturdays and single holidays', () => {
    const cal = calendar('Europe/London', [...LUNCH_BREAK.windows, ...hours([6], ['09:00', '13:00'])], ['2026-12-25']);
    expect(describeCalendar(cal)).toBe('Mon–Fri 08:00–12:00, 13:00–17:00; Sat 09:00–13:00 (Europe/London), 1 holiday');
  });

  it('non-consecutive days, overlapping windows merged, and no hours', () => {
    const cal = calendar('UTC', [...hours([1, 3, 5], ['09:00', '12:00'], ['11:00', '17:00']), ...hours([6, 0], ['10:00', '14:00'])]);
    expect(describeCalendar(cal)).toBe('Mon, Wed, Fri 09:00–17:00; Sat, Sun 10:00–14:00 (UTC)');
    expect(describeCalendar(calendar('UTC', []))).toBe('No working hours (UTC)');
    expect(describeCalendar(calendar('UTC', hours(EVERY_DAY, ['00:00', '24:00'])))).toBe('Mon–Sun 00:00–24:00 (UTC)');
    expect(describeCalendar(calendar('UTC', hours(MON_FRI, ['08:00', '08:00'])))).toBe('No working hours (UTC)');
  });
});

describe('calendar validation', () => {
  it.each([
    ['bad zone', calendar('Nowhere/Special', [])],
    ['weekday 7', calendar('UTC', [{ weekday: 7, startMinute: 0, endMinute: 60 }])],
    ['start after end', calendar('UTC', [{ weekday: 1, startMinute: 600, endMinute: 500 }])],
    ['end past midnight', calendar('UTC', [{ weekday: 1, startMinute: 600, endMinute: 1441 }])],
    ['bad holiday', calendar('UTC', [], ['25/12/2026'])],
  ])('rejects %s', (_name, cal) => {
    expect(() => describeCalendar(cal)).toThrow(RangeError);
  });
});
