/** Converts a `Date` argument to epoch milliseconds, rejecting invalid dates. */
export function toEpochMs(value: Date, name: string): number {
  const ms = value instanceof Date ? value.getTime() : Number.NaN;
  if (!Number.isFinite(ms)) {
    throw new TypeError(`${name} must be a valid Date`);
  }
  return ms;
}
