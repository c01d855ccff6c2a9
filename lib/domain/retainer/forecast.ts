/**
 * When a retainer runs out at its recent rate of use. Pure: the caller passes the ledger's
 * consumption and "now"; nothing here reads a clock.
 */
const DAY_MS = 86_400_000;

export interface Consumption {
  at: Date;
  /** units drawn (positive) or given back by a reversal (negative) */
  units: number;
}

export type ForecastStatus = 'empty' | 'runs_out' | 'not_at_this_rate';

export interface RetainerForecast {
  windowDays: number;
  /** average units used per calendar day over the window */
  dailyBurnUnits: number;
  status: ForecastStatus;
  /** the projected day the balance reaches zero, when status is 'runs_out' */
  runOutAt: Date | null;
  daysLeft: number | null;
}

/**
 * Average daily burn over the last `windowDays` (consumption in (now − window, now]) and the
 * projected run-out: balance ÷ burn days from now. No burn, or a net give-back, is "not at
 * this rate"; a balance at or below zero is already empty.
 */
export function forecastRunOut(input: { balanceUnits: number; consumption: Consumption[]; now: Date; windowDays: number }): RetainerForecast {
  if (!Number.isInteger(input.windowDays) || input.windowDays < 1) throw new RangeError(`windowDays must be a whole number ≥ 1, got ${input.windowDays}`);
  const nowMs = input.now.getTime();
  const fromMs = nowMs - input.windowDays * DAY_MS;
  const used = input.consumption
    .filter((c) => c.at.getTime() > fromMs && c.at.getTime() <= nowMs)
    .reduce((sum, c) => sum + c.units, 0);
  const dailyBurnUnits = used / input.windowDays;
  const base = { windowDays: input.windowDays, dailyBurnUnits };
  if (input.balanceUnits <= 0) return { ...base, status: 'empty', runOutAt: null, daysLeft: 0 };
  if (dailyBurnUnits <= 0) return { ...base, status: 'not_at_this_rate', runOutAt: null, daysLeft: null };
  const daysLeft = input.balanceUnits / dailyBurnUnits;
  return { ...base, status: 'runs_out', runOutAt: new Date(nowMs + Math.round(daysLeft * DAY_MS)), daysLeft };
}

export interface BalancePoint {
  /** epoch milliseconds, for charting */
  at: number;
  balance: number;
}

/**
 * The balance after each ledger entry (in work-date order) — a step line for the burn-down
 * chart — ending at `now`. Entries after `now` are left out.
 */
export function balanceSeries(entries: { at: Date; units: number }[], now: Date): BalancePoint[] {
  const sorted = entries.filter((e) => e.at.getTime() <= now.getTime()).sort((a, b) => a.at.getTime() - b.at.getTime());
  const points: BalancePoint[] = [];
  let balance = 0;
  for (const entry of sorted) {
    balance += entry.units;
    points.push({ at: entry.at.getTime(), balance });
  }
  if (points.length) points.push({ at: now.getTime(), balance });
  return points;
}
