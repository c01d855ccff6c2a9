import type { BusinessCalendar, WorkingWindow } from '@/lib/domain/calendar/index.ts';

export const MON_FRI = [1, 2, 3, 4, 5];
export const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];

/** Same hours ('HH:MM' pairs) on each of the given weekdays. */
export function hours(days: number[], ...ranges: [string, string][]): WorkingWindow[] {
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return days.flatMap((weekday) =>
    ranges.map(([start, end]) => ({ weekday, startMinute: minutes(start), endMinute: minutes(end) })),
  );
}

export function calendar(timezone: string, windows: WorkingWindow[], holidays: string[] = []): BusinessCalendar {
  return { is24x7: false, timezone, windows, holidays };
}

export const NEW_YORK_OFFICE = calendar('America/New_York', hours(MON_FRI, ['08:00', '18:00']));
export const LONDON_OFFICE = calendar('Europe/London', hours(MON_FRI, ['08:00', '18:00']));
export const SYDNEY_OFFICE = calendar('Australia/Sydney', hours(MON_FRI, ['08:00', '18:00']));
export const UTC_OFFICE = calendar('UTC', hours(MON_FRI, ['08:00', '18:00']));
export const LUNCH_BREAK = calendar('Europe/London', hours(MON_FRI, ['08:00', '12:00'], ['13:00', '17:00']));
export const TWENTY_FOUR_SEVEN: BusinessCalendar = {
  is24x7: true,
  timezone: 'America/New_York',
  windows: [],
  holidays: ['2026-12-25'],
};

export const d = (iso: string) => new Date(iso);
export const iso = (date: Date) => date.toISOString();
