import { toEpochMs } from './instant.ts';
import { assertValidTimezone, wallClockMs } from './utc-offset.ts';
import { wallDateKey } from './wall-day.ts';

/** The local date 'YYYY-MM-DD' of instant `at` in `timezone`. */
export function localDateKey(timezone: string, at: Date): string {
  const atMs = toEpochMs(at, 'at');
  assertValidTimezone(timezone);
  return wallDateKey(wallClockMs(timezone, atMs));
}
