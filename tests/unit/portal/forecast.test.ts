import { describe, expect, it } from 'vitest';
import { balanceSeries, forecastRunOut } from '@/lib/domain/retainer/forecast.ts';

const now = new Date('2026-11-20T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

describe('retainer run-out forecast', () => {
  it('averages the burn over the window and projects the run-out date', () => {
    // 30 units used in the last 30 days → 1 unit a day; 12 left → 12 days
    const forecast = forecastRunOut({ balanceUnits: 12, consumption: [{ at: daysAgo(20), units: 18 }, { at: daysAgo(2), units: 12 }], now, windowDays: 30 });
    expect(forecast.status).toBe('runs_out');
    expect(forecast.dailyBurnUnits).toBe(1);
    expect(forecast.daysLeft).toBe(12);
    expect(forecast.runOutAt?.toISOString()).toBe('2026-12-02T12:00:00.000Z');
  });

  it('leaves out consumption older than the window (30 vs 60 days)', () => {
    const consumption = [{ at: daysAgo(45), units: 30 }, { at: daysAgo(5), units: 15 }];
    expect(forecastRunOut({ balanceUnits: 10, consumption, now, windowDays: 30 }).dailyBurnUnits).toBe(0.5);
    expect(forecastRunOut({ balanceUnits: 10, consumption, now, windowDays: 60 }).dailyBurnUnits).toBe(0.75);
  });

  it('says "not at this rate" without burn, and counts reversals back', () => {
    expect(forecastRunOut({ balanceUnits: 28, consumption: [], now, windowDays: 30 })).toMatchObject({ status: 'not_at_this_rate', runOutAt: null });
    const reversed = [{ at: daysAgo(3), units: 8 }, { at: daysAgo(2), units: -8 }];
    expect(forecastRunOut({ balanceUnits: 28, consumption: reversed, now, windowDays: 30 }).status).toBe('not_at_this_rate');
  });

  it('an empty or overdrawn balance has already run out', () => {
    expect(forecastRunOut({ balanceUnits: 0, consumption: [{ at: daysAgo(1), units: 4 }], now, windowDays: 30 })).toMatchObject({ status: 'empty', daysLeft: 0 });
  });

  it('refuses a nonsensical window', () => {
    expect(() => forecastRunOut({ balanceUnits: 1, consumption: [], now, windowDays: 0 })).toThrow(RangeError);
  });

  it('builds the balance line in work-date order, ending now', () => {
    const series = balanceSeries([{ at: daysAgo(5), units: -4 }, { at: daysAgo(60), units: 28 }, { at: daysAgo(-3), units: -1 }], now);
    expect(series).toEqual([
      { at: daysAgo(60).getTime(), balance: 28 },
      { at: daysAgo(5).getTime(), balance: 24 },
      { at: now.getTime(), balance: 24 },
    ]);
    expect(balanceSeries([], now)).toEqual([]);
  });
});
