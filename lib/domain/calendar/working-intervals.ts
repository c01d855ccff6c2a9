import type { BusinessCalendar, Interval } from './types.ts';
import { toEpochMs } from './instant.ts';
import { prepareCalendar } from './prepared-calendar.ts';
import { workingRangesMs } from './working-ranges.ts';

/**
 * The working time inside [from, to) as sorted, merged (non-touching) UTC
 * intervals. Empty when `to <= from`. For DST behaviour see `workingRangesMs`:
 * an instant is working iff its local wall-clock time is inside a window.
 */
export function workingIntervals(cal: BusinessCalendar, from: Date, to: Date): Interval[] {
  const fromMs = toEpochMs(from, 'from');
  const toMs = toEpochMs(to, 'to');
  return workingRangesMs(prepareCalendar(cal), fromMs, toMs).map(([start, end]) => ({
    start: new Date(start),
    end: new Date(end),
  }));
}
