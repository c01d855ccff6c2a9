import { HOUR_MS } from './time-constants.ts';
import { utcOffsetMs } from './utc-offset.ts';

/** A UTC range [startMs, endMs) throughout which the zone's UTC offset is constant. */
export interface OffsetSegment {
  startMs: number;
  endMs: number;
  offsetMs: number;
}

/**
 * How far apart the offset is sampled. Two transitions closer together than
 * this (an offset that changes and changes back) would go unnoticed; no real
 * zone does that.
 */
const SAMPLE_STEP_MS = 6 * HOUR_MS;

/** Smallest instant in (lo, hi] whose offset differs from `offset` (offset(lo) = offset ≠ offset(hi)). */
function firstOffsetChange(timezone: string, lo: number, hi: number, offset: number): number {
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (utcOffsetMs(timezone, mid) === offset) lo = mid;
    else hi = mid;
  }
  return hi;
}

/**
 * Splits the UTC range [fromMs, toMs) at every UTC-offset change (DST
 * transition) of `timezone`, to the millisecond.
 */
export function constantOffsetSegments(timezone: string, fromMs: number, toMs: number): OffsetSegment[] {
  if (!(fromMs < toMs)) return [];
  const segments: OffsetSegment[] = [];
  let segmentStart = fromMs;
  let segmentOffset = utcOffsetMs(timezone, fromMs);
  let previousSample = fromMs;
  const lastInstant = toMs - 1;

  while (previousSample < lastInstant) {
    const sample = Math.min(previousSample + SAMPLE_STEP_MS, lastInstant);
    const sampleOffset = utcOffsetMs(timezone, sample);
    let lo = previousSample;
    while (sampleOffset !== segmentOffset) {
      const change = firstOffsetChange(timezone, lo, sample, segmentOffset);
      segments.push({ startMs: segmentStart, endMs: change, offsetMs: segmentOffset });
      segmentStart = change;
      segmentOffset = utcOffsetMs(timezone, change);
      lo = change;
    }
    previousSample = sample;
  }
  segments.push({ startMs: segmentStart, endMs: toMs, offsetMs: segmentOffset });
  return segments;
}
