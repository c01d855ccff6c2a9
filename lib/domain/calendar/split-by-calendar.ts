import type { BusinessCalendar, CalendarSegment, CalendarSplit } from './types.ts';
import { toEpochMs } from './instant.ts';
import { prepareCalendar } from './prepared-calendar.ts';
import { MINUTE_MS } from './time-constants.ts';
import { workingRangesMs } from './working-ranges.ts';

/**
 * Partitions [start, end) into alternating in-hours and after-hours segments
 * (for billing). Minutes are integers that preserve the total:
 * total = round((end − start) / 1 min), in = round(exact in-hours / 1 min),
 * after = total − in. `end === start` gives an empty split; `end < start`
 * throws a RangeError.
 */
export function splitByCalendar(cal: BusinessCalendar, start: Date, end: Date): CalendarSplit {
  const startMs = toEpochMs(start, 'start');
  const endMs = toEpochMs(end, 'end');
  if (endMs < startMs) {
    throw new RangeError(`end (${end.toISOString()}) is before start (${start.toISOString()})`);
  }

  const segments: CalendarSegment[] = [];
  const push = (from: number, to: number, isInHours: boolean) => {
    if (from < to) segments.push({ start: new Date(from), end: new Date(to), isInHours });
  };

  let inHoursMs = 0;
  let cursor = startMs;
  for (const [from, to] of workingRangesMs(prepareCalendar(cal), startMs, endMs)) {
    push(cursor, from, false);
    push(from, to, true);
    inHoursMs += to - from;
    cursor = to;
  }
  push(cursor, endMs, false);

  const totalMinutes = Math.round((endMs - startMs) / MINUTE_MS);
  const inHoursMinutes = Math.round(inHoursMs / MINUTE_MS);
  return { inHoursMinutes, afterHoursMinutes: totalMinutes - inHoursMinutes, segments };
}
