import { TZDate } from '@date-fns/tz';

/** An instant at a local wall-clock time `daysAgo` days before `now`, in `timezone`. */
export function localTime(timezone: string, now: Date, daysAgo: number, hhmm: string): Date {
  const local = new TZDate(now.getTime() - daysAgo * 86_400_000, timezone);
  const [hours, minutes] = hhmm.split(':').map(Number);
  return new Date(new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), hours, minutes, 0, timezone).getTime());
}

/** The last weekday on or before `daysAgo` days ago (demo work happens in office hours). */
export function weekdayDaysAgo(timezone: string, now: Date, daysAgo: number): number {
  let days = daysAgo;
  for (;;) {
    const weekday = new TZDate(now.getTime() - days * 86_400_000, timezone).getDay();
    if (weekday !== 0 && weekday !== 6) return days;
    days += 1;
  }
}

export function daysFromNow(now: Date, days: number): Date {
  const date = new Date(now.getTime() + days * 86_400_000);
  return new Date(date.toISOString().slice(0, 10));
}
