import type { BusinessCalendar } from './types';
import { toEpochMs } from './instant';
import { prepareCalendar } from './preparedCalendar';
import { MINUTE_MS } from './timeConstants';
import { workingRangesMs } from './workingRanges';

/**
 * Whole minutes of working time in [from, to): the floor of the exact total
 * (inputs may carry seconds). 0 when `to <= from`.
 */
export function businessMinutesBetween(cal: BusinessCalendar, from: Date, to: Date): number {
  const fromMs = toEpochMs(from, 'from');
  const toMs = toEpochMs(to, 'to');
  let totalMs = 0;
  for (const [start, end] of workingRangesMs(prepareCalendar(cal), fromMs, toMs)) {
    totalMs += end - start;
  }
  return Math.floor(totalMs / MINUTE_MS);
}
