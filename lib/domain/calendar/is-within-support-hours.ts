import type { BusinessCalendar } from './types.ts';
import { toEpochMs } from './instant.ts';
import { prepareCalendar } from './prepared-calendar.ts';
import { MINUTE_MS } from './time-constants.ts';
import { wallClockMs } from './utc-offset.ts';
import { wallDateKey, wallDayStart, wallWeekday } from './wall-day.ts';

/**
 * Whether `at` is working time: its local wall-clock time lies in a window of
 * its local weekday (start inclusive, end exclusive) and its local date is not
 * a holiday. Always true for 24×7 calendars. Agrees with `workingIntervals`.
 */
export function isWithinSupportHours(cal: BusinessCalendar, at: Date): boolean {
  const atMs = toEpochMs(at, 'at');
  const prepared = prepareCalendar(cal);
  if (prepared.is24x7) return true;

  const wall = wallClockMs(prepared.timezone, atMs);
  const day = wallDayStart(wall);
  if (prepared.holidays.has(wallDateKey(day))) return false;
  const minuteOfDay = (wall - day) / MINUTE_MS;
  return prepared.windowsByWeekday[wallWeekday(day)].some(
    ([start, end]) => start <= minuteOfDay && minuteOfDay < end,
  );
}
