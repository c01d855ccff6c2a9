import { MINUTES_PER_DAY } from './time-constants.ts';

/** Minutes from midnight (integer 0–1440) → 'HH:MM': formatMinutesOfDay(510) === '08:30', 1440 → '24:00'. */
export function formatMinutesOfDay(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > MINUTES_PER_DAY) {
    throw new RangeError(`Expected whole minutes between 0 and 1440, got ${minutes}`);
  }
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
