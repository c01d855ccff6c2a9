import { localDateKey } from './local-date-key.ts';

/** The local calendar month 'YYYY-MM' of instant `at` in `timezone` (e.g. to bucket help-desk quota). */
export function monthKey(timezone: string, at: Date): string {
  return localDateKey(timezone, at).slice(0, 7);
}
