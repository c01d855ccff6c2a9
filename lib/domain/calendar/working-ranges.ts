import type { PreparedCalendar } from './prepared-calendar.ts';
import { constantOffsetSegments } from './offset-segments.ts';
import { DAY_MS, MINUTE_MS } from './time-constants.ts';
import { wallDayStart, wallWeekday } from './wall-day.ts';

/** [startMs, endMs) in UTC epoch milliseconds. */
export type MsRange = [number, number];

/**
 * Working time inside [fromMs, toMs) as sorted, merged, non-touching ranges.
 *
 * Definition (this is what makes DST well defined): an instant is working time
 * iff the local wall-clock reading at that instant falls inside one of the
 * windows of its local weekday, and its local date is not a holiday.
 *
 * It is evaluated per stretch of constant UTC offset: within a stretch, wall
 * time and UTC differ by a constant, so each window maps to one UTC range.
 * Consequences:
 *  - A window whose start and end both exist unambiguously lasts the real
 *    elapsed time between the local start instant and the local end instant
 *    (08:00–18:00 is 10 h on a DST day; 00:00–24:00 is 23 h / 25 h).
 *  - Wall times skipped at spring-forward contribute nothing; a boundary that
 *    falls in the gap effectively moves to the transition instant.
 *  - Wall times repeated at fall-back are working both times they occur; a
 *    window lying inside the repeated hour (01:15–01:45 in New York) yields two
 *    separate UTC ranges.
 */
export function workingRangesMs(cal: PreparedCalendar, fromMs: number, toMs: number): MsRange[] {
  if (!(fromMs < toMs)) return [];
  if (cal.is24x7) return [[fromMs, toMs]];

  const ranges: MsRange[] = [];
  for (const segment of constantOffsetSegments(cal.timezone, fromMs, toMs)) {
    const offset = segment.offsetMs;
    const wallStart = segment.startMs + offset;
    const wallEnd = segment.endMs + offset;
    for (let day = wallDayStart(wallStart); day < wallEnd; day += DAY_MS) {
      const windows = cal.windowsByWeekday[wallWeekday(day)];
      if (windows.length === 0 || cal.holidayDays.has(day / DAY_MS)) continue;
      for (const [startMinute, endMinute] of windows) {
        const start = Math.max(day + startMinute * MINUTE_MS, wallStart);
        const end = Math.min(day + endMinute * MINUTE_MS, wallEnd);
        if (start < end) appendMerged(ranges, start - offset, end - offset);
      }
    }
  }
  return ranges;
}

/** Appends [start, end), merging it into the last range when they touch or overlap. */
function appendMerged(ranges: MsRange[], start: number, end: number): void {
  const last = ranges[ranges.length - 1];
  if (last && start <= last[1]) {
    last[1] = Math.max(last[1], end);
  } else {
    ranges.push([start, end]);
  }
}
