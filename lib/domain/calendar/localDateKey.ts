import { toEpochMs } from './instant';
import { assertValidTimezone, wallClockMs } from './utcOffset';
import { wallDateKey } from './wallDay';

/** The local date 'YYYY-MM-DD' of instant `at` in `timezone`. */
export function localDateKey(timezone: string, at: Date): string {
  const atMs = toEpochMs(at, 'at');
  assertValidTimezone(timezone);
  return wallDateKey(wallClockMs(timezone, atMs));
}
