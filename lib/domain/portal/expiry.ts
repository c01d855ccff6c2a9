/** Within this many days a warranty, licence or contract counts as "expiring soon". */
export const EXPIRING_SOON_DAYS = 90;

const DAY_MS = 86_400_000;

export type ExpiryState = 'expired' | 'soon' | 'ok';

/** Whether a date (a day, stored at UTC midnight) has passed, is near, or is comfortably ahead. */
export function expiryState(on: Date | null, now: Date, soonDays = EXPIRING_SOON_DAYS): ExpiryState | null {
  if (!on) return null;
  // the whole day counts: something expiring today is still valid until its end
  const endOfDay = on.getTime() + DAY_MS;
  if (endOfDay <= now.getTime()) return 'expired';
  return on.getTime() - now.getTime() <= soonDays * DAY_MS ? 'soon' : 'ok';
}
