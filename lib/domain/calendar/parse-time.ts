import { MINUTES_PER_DAY } from './time-constants.ts';

const TIME_PATTERN = /^(\d{1,2}):(\d{2})$/;

/** 'HH:MM' (00:00–24:00) → minutes from midnight: parseTime('08:30') === 510. Throws a RangeError otherwise. */
export function parseTime(text: string): number {
  const match = TIME_PATTERN.exec(typeof text === 'string' ? text.trim() : '');
  if (match) {
    const hours = Number(match[1]);
    const minutes = Number(match[2]);
    const total = hours * 60 + minutes;
    if (minutes < 60 && total <= MINUTES_PER_DAY) return total;
  }
  throw new RangeError(`Expected a time 'HH:MM' between 00:00 and 24:00, got '${String(text)}'`);
}
