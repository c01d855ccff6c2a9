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

function computeOffsetMs(timezone: string, instantMs: number): number {
  const minutes = tzOffset(timezone, new Date(instantMs));
  if (Number.isNaN(minutes)) {
    throw new RangeError(`Unknown time zone: ${timezone}`);
  }
  return Math.round(minutes * MINUTE_MS);
}

/**
 * Offsets are looked up through Intl, which is slow; they are remembered per 15-minute bucket
 * when the offset is the same at both ends of the bucket (no zone changes its offset twice
 * within 15 minutes). A bucket holding a transition is always computed exactly.
 */
const BUCKET_MS = 15 * MINUTE_MS;
const MAX_CACHED = 200_000;
const offsetCache = new Map<string, Map<number, number>>();
let cachedCount = 0;

/**
 * Offset of local wall-clock time from UTC at the given instant, in
 * milliseconds (local = utc + offset; New York in winter → −5 h).
 */
export function utcOffsetMs(timezone: string, instantMs: number): number {
  const bucket = Math.floor(instantMs / BUCKET_MS);
  let zone = offsetCache.get(timezone);
  const cached = zone?.get(bucket);
  if (cached !== undefined) return cached;
  const atStart = computeOffsetMs(timezone, bucket * BUCKET_MS);
  const atEnd = computeOffsetMs(timezone, bucket * BUCKET_MS + BUCKET_MS - 1);
  if (atStart !== atEnd) return computeOffsetMs(timezone, instantMs);
  if (cachedCount >= MAX_CACHED) {
    offsetCache.clear();
    cachedCount = 0;
    zone = undefined;
  }
  if (!zone) offsetCache.set(timezone, (zone = new Map()));
  zone.set(bucket, atStart);
  cachedCount++;
  return atStart;
}

/** Local wall-clock time of an instant, encoded as "epoch ms as if the wall clock were UTC". */
export function wallClockMs(timezone: string, instantMs: number): number {
  return instantMs + utcOffsetMs(timezone, instantMs);
}
