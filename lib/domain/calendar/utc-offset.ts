import { tzOffset } from '@date-fns/tz';
import { MINUTE_MS } from './time-constants.ts';

const knownZones = new Set<string>();

/** Throws a RangeError unless `timezone` is an IANA zone (or offset) that Intl accepts. */
export function assertValidTimezone(timezone: string): void {
  if (knownZones.has(timezone)) return;
  if (typeof timezone !== 'string' || timezone.trim() === '') {
    throw new RangeError('Calendar timezone must be a non-empty IANA time zone name');
  }
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
  } catch {
    throw new RangeError(`Unknown time zone: ${timezone}`);
  }
  knownZones.add(timezone);
}

/**
 * Offset of local wall-clock time from UTC at the given instant, in
 * milliseconds (local = utc + offset; New York in winter → −5 h).
 */
export function utcOffsetMs(timezone: string, instantMs: number): number {
  const minutes = tzOffset(timezone, new Date(instantMs));
  if (Number.isNaN(minutes)) {
    throw new RangeError(`Unknown time zone: ${timezone}`);
  }
  return Math.round(minutes * MINUTE_MS);
}

/** Local wall-clock time of an instant, encoded as "epoch ms as if the wall clock were UTC". */
export function wallClockMs(timezone: string, instantMs: number): number {
  return instantMs + utcOffsetMs(timezone, instantMs);
}
