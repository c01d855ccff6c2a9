import type { BusinessCalendar } from './types.ts';
import { DAY_MS, MINUTES_PER_DAY } from './time-constants.ts';
import { assertValidTimezone } from './utc-offset.ts';

/** [startMinute, endMinute) of local time, start < end. */
export type MinuteRange = readonly [number, number];

/** A validated calendar with windows merged per weekday and holidays in a set. */
export interface PreparedCalendar {
  is24x7: boolean;
  timezone: string;
  /** Index = weekday (0 = Sunday); sorted, non-overlapping, non-touching ranges. */
  windowsByWeekday: ReadonlyArray<ReadonlyArray<MinuteRange>>;
  holidays: ReadonlySet<string>;
  /** The same holidays as local day numbers (wall-clock ms / 1 day), for the hot loops. */
  holidayDays: ReadonlySet<number>;
  /** True when some weekday has a non-empty window (or the calendar is 24×7). */
  hasWorkingTime: boolean;
}

const HOLIDAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function isMinute(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MINUTES_PER_DAY;
}

/** Sorts and merges overlapping or touching ranges. */
export function mergeMinuteRanges(ranges: MinuteRange[]): MinuteRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

const prepared = new WeakMap<BusinessCalendar, PreparedCalendar>();

/**
 * Validates a calendar (throwing a RangeError on bad data) and indexes it for fast lookup.
 * Calendars are treated as immutable values: each object is prepared once.
 */
export function prepareCalendar(cal: BusinessCalendar): PreparedCalendar {
  if (cal === null || typeof cal !== 'object') throw new TypeError('Calendar must be an object');
  const known = prepared.get(cal);
  if (known) return known;
  const result = buildPreparedCalendar(cal);
  prepared.set(cal, result);
  return result;
}

function buildPreparedCalendar(cal: BusinessCalendar): PreparedCalendar {
  if (cal.is24x7) {
    return {
      is24x7: true,
      timezone: cal.timezone,
      windowsByWeekday: [[], [], [], [], [], [], []],
      holidays: new Set(),
      holidayDays: new Set(),
      hasWorkingTime: true,
    };
  }
  assertValidTimezone(cal.timezone);

  const perWeekday: MinuteRange[][] = [[], [], [], [], [], [], []];
  for (const w of cal.windows ?? []) {
    if (!Number.isInteger(w.weekday) || w.weekday < 0 || w.weekday > 6) {
      throw new RangeError(`Working window weekday must be an integer 0–6, got ${w.weekday}`);
    }
    if (!isMinute(w.startMinute) || !isMinute(w.endMinute) || w.startMinute > w.endMinute) {
      throw new RangeError(
        `Working window minutes must be integers with 0 ≤ start ≤ end ≤ 1440, got ${w.startMinute}–${w.endMinute}`,
      );
    }
    if (w.startMinute < w.endMinute) perWeekday[w.weekday].push([w.startMinute, w.endMinute]);
  }

  for (const day of cal.holidays ?? []) {
    if (typeof day !== 'string' || !HOLIDAY_PATTERN.test(day)) {
      throw new RangeError(`Holiday must be a local date 'YYYY-MM-DD', got ${String(day)}`);
    }
  }

  const windowsByWeekday = perWeekday.map(mergeMinuteRanges);
  return {
    is24x7: false,
    timezone: cal.timezone,
    windowsByWeekday,
    holidays: new Set(cal.holidays ?? []),
    holidayDays: new Set((cal.holidays ?? []).map((day) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY_MS)),
    hasWorkingTime: windowsByWeekday.some((ranges) => ranges.length > 0),
  };
}
