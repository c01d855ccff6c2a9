import { workingIntervals, type BusinessCalendar } from '../calendar/index.ts';

const MINUTE_MS = 60_000;
const LOOKAHEAD_MS = 21 * 86_400_000;

/**
 * The first instant from `from` at which `minutes` of work fit wholly inside support hours
 * (`from` itself when it does, or on a 24×7 calendar). Null when none within three weeks.
 */
export function firstWorkingSlot(calendar: BusinessCalendar, from: Date, minutes: number): Date | null {
  if (calendar.is24x7) return from;
  const intervals = workingIntervals(calendar, from, new Date(from.getTime() + LOOKAHEAD_MS));
  for (const interval of intervals) {
    const start = Math.max(interval.start.getTime(), from.getTime());
    if (interval.end.getTime() - start >= minutes * MINUTE_MS) return new Date(start);
  }
  return null;
}
