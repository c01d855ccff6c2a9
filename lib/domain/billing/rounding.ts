/** How retainer time becomes units (seed 004): 15-minute units, at least one, small remainders dropped. */
export interface RoundingPolicy {
  granularityMinutes: number;
  minimumUnits: number;
  /** a remainder past the last whole unit of at most this many minutes rounds down */
  roundDownMaxMinutes: number;
}

export const DEFAULT_ROUNDING: RoundingPolicy = { granularityMinutes: 15, minimumUnits: 1, roundDownMaxMinutes: 5 };
export const UNITS_PER_DAY = 28;
export const MINUTES_PER_DAY = 7 * 60;

/** 3 h 37 min → 15 units; 3 h 05 min → 12 units; 3 min → 1 unit (the minimum). */
export function roundToUnits(minutes: number, policy: RoundingPolicy = DEFAULT_ROUNDING): number {
  if (!Number.isInteger(minutes) || minutes < 0) throw new RangeError(`minutes must be a whole number ≥ 0, got ${minutes}`);
  if (minutes === 0) return 0;
  const whole = Math.floor(minutes / policy.granularityMinutes);
  const remainder = minutes % policy.granularityMinutes;
  const units = remainder === 0 || remainder <= policy.roundDownMaxMinutes ? whole : whole + 1;
  return Math.max(units, policy.minimumUnits);
}

export function unitsToMinutes(units: number, policy: RoundingPolicy = DEFAULT_ROUNDING): number {
  return units * policy.granularityMinutes;
}

/** "3 h 45 min", "15 min", "0 min". */
export function formatDuration(minutes: number): string {
  const sign = minutes < 0 ? '−' : '';
  const abs = Math.abs(minutes);
  const hours = Math.floor(abs / 60);
  const rest = abs % 60;
  if (hours === 0) return `${sign}${rest} min`;
  return rest === 0 ? `${sign}${hours} h` : `${sign}${hours} h ${rest} min`;
}
