import { TZDate } from '@date-fns/tz';
import { monthKey } from '../calendar/index.ts';

/** The instant the client's calendar month containing `at` began. */
export function startOfClientMonth(timezone: string, at: Date): Date {
  const [year, month] = monthKey(timezone, at).split('-').map(Number);
  return new Date(new TZDate(year, month - 1, 1, 0, 0, 0, timezone).getTime());
}

/** The instant the month 'YYYY-MM' began and the next one begins, in the client's timezone. */
export function clientMonthBounds(timezone: string, month: string): { start: Date; end: Date } {
  const [year, monthNumber] = month.split('-').map(Number);
  return {
    start: new Date(new TZDate(year, monthNumber - 1, 1, 0, 0, 0, timezone).getTime()),
    end: new Date(new TZDate(year, monthNumber, 1, 0, 0, 0, timezone).getTime()),
  };
}
