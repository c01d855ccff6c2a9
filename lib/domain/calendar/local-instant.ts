import { TZDate } from '@date-fns/tz';

/** The instant of a local wall-clock date and time ('YYYY-MM-DD', 'HH:MM') in `timezone`. */
export function localInstant(timezone: string, date: string, time: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(new TZDate(year, month - 1, day, hours, minutes, 0, timezone).getTime());
}
