import type { BusinessCalendar } from './types.ts';
import { toEpochMs } from './instant.ts';
import { prepareCalendar } from './prepared-calendar.ts';
import { MINUTE_MS } from './time-constants.ts';
import { workingRangesMs } from './working-ranges.ts';

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
