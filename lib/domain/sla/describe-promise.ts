/** "1 hour", "8 hours", "30 minutes", "1 hour 30 minutes". */
export function spellDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const h = hours === 1 ? '1 hour' : `${hours} hours`;
  const m = rest === 1 ? '1 minute' : `${rest} minutes`;
  if (hours === 0) return m;
  return rest === 0 ? h : `${h} ${m}`;
}

/** As spellDuration, with "working" before the unit when the clock only runs in support hours. */
function spellTarget(minutes: number, isWorkingTime: boolean): string {
  if (!isWorkingTime) return spellDuration(minutes);
  return spellDuration(minutes).replace(/(\d+) (hours?|minutes?)/g, '$1 working $2');
}

/**
 * The SLA in the customer's words: "We aim to respond within 1 hour and resolve within
 * 8 working hours." Resolution targets counted in a business calendar say "working" so nobody
 * expects a fix overnight; `supportHours` (e.g. "Mon–Fri 08:00–18:00") says when the clock runs.
 */
export function describeSlaPromise(input: { responseMinutes: number; resolutionMinutes: number; is24x7: boolean; supportHours?: string }): string {
  const respond = spellDuration(input.responseMinutes);
  const resolve = spellTarget(input.resolutionMinutes, !input.is24x7);
  const clock = input.is24x7 ? ' Your support runs 24×7.' : input.supportHours ? ` The clock runs during your support hours (${input.supportHours}).` : '';
  return `We aim to respond within ${respond} and resolve within ${resolve}.${clock}`;
}
