import type { BusinessCalendar } from './types';
import { toEpochMs } from './instant';
import { prepareCalendar } from './preparedCalendar';
import { MINUTE_MS } from './timeConstants';
import { wallClockMs } from './utcOffset';
import { wallDateKey, wallDayStart, wallWeekday } from './wallDay';

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
