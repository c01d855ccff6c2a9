import type { BusinessCalendar } from './types.ts';
import { toEpochMs } from './instant.ts';
import { prepareCalendar } from './prepared-calendar.ts';
import { DAY_MS, MINUTE_MS } from './time-constants.ts';
import { workingRangesMs } from './working-ranges.ts';

/** Working time is looked up a week at a time. */
const CHUNK_MS = 7 * DAY_MS;

/**
 * Longest run of days without working time tolerated before giving up, beyond
 * one day per listed holiday: a weekly schedule always has working time within
 * two weeks, even when a DST gap swallows one occurrence of a window.
 */
const MAX_IDLE_DAYS_BESIDES_HOLIDAYS = 21;

/**
 * The instant at which `minutes` of working time have elapsed, counting from
 * `from` (work that starts outside hours starts counting at the next opening).
 *
 * - `minutes = 0` returns `from` unchanged (even outside hours).
 * - When the budget runs out exactly at a closing time, the closing instant is
 *   returned (Fri 17:00 + 60 min on an 08:00–18:00 calendar → Fri 18:00).
 * - Fractional minutes are allowed (rounded to the millisecond).
 * - Throws a RangeError for negative or non-finite `minutes`, and an Error when
 *   the calendar has no working time to count.
 */
export function addBusinessMinutes(cal: BusinessCalendar, from: Date, minutes: number): Date {
  const fromMs = toEpochMs(from, 'from');
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`minutes must be a finite number ≥ 0, got ${minutes}`);
  }
  let remainingMs = Math.round(minutes * MINUTE_MS);
  if (remainingMs === 0) return new Date(fromMs);

  const prepared = prepareCalendar(cal);
  if (prepared.is24x7) return new Date(fromMs + remainingMs);
  if (!prepared.hasWorkingTime) {
    throw new Error('Cannot add business minutes: the calendar has no working hours');
  }

  const maxIdleMs = (prepared.holidays.size + MAX_IDLE_DAYS_BESIDES_HOLIDAYS) * DAY_MS;
  let cursor = fromMs;
  let lastWorkingMs = fromMs;
  for (;;) {
    const chunkEnd = cursor + CHUNK_MS;
    for (const [start, end] of workingRangesMs(prepared, cursor, chunkEnd)) {
      const length = end - start;
      if (remainingMs <= length) return new Date(start + remainingMs);
      remainingMs -= length;
      lastWorkingMs = end;
    }
    cursor = chunkEnd;
    if (cursor - lastWorkingMs > maxIdleMs) {
      throw new Error(
        `Cannot add business minutes: the calendar has no working time in the ${Math.round(
          (cursor - lastWorkingMs) / DAY_MS,
        )} days after ${new Date(lastWorkingMs).toISOString()}`,
      );
    }
  }
}
