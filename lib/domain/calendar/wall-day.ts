import { DAY_MS } from './time-constants.ts';

/** Wall-clock ms (see `wallClockMs`) of the local midnight starting the wall day containing `wallMs`. */
export function wallDayStart(wallMs: number): number {
  return Math.floor(wallMs / DAY_MS) * DAY_MS;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** 'YYYY-MM-DD' of a wall-clock instant. */
export function wallDateKey(wallMs: number): string {
  const d = new Date(wallMs);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/** 0 = Sunday … 6 = Saturday of a wall-clock instant. */
export function wallWeekday(wallMs: number): number {
  return new Date(wallMs).getUTCDay();
}
