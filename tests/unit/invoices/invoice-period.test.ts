import { describe, expect, it } from 'vitest';
import { periodDates, periodLabel, periodOf, previousPeriod } from '@/lib/domain/invoices/invoice-period.ts';
import { clientMonthBounds } from '@/lib/domain/billing/period.ts';

describe('invoice periods', () => {
  it.each([
    ['2026-11', '2026-11-01', '2026-11-30', '2026-10', 'November 2026'],
    ['2028-02', '2028-02-01', '2028-02-29', '2028-01', 'February 2028'],
    ['2027-01', '2027-01-01', '2027-01-31', '2026-12', 'January 2027'],
  ])('%s runs %s to %s, after %s', (period, start, end, previous, label) => {
    const dates = periodDates(period);
    expect(dates.periodStart.toISOString().slice(0, 10)).toBe(start);
    expect(dates.periodEnd.toISOString().slice(0, 10)).toBe(end);
    expect(previousPeriod(period)).toBe(previous);
    expect(periodLabel(period)).toBe(label);
    expect(periodOf(dates.periodStart)).toBe(period);
  });

  it('rejects what is not a month', () => {
    expect(() => periodDates('2026-13')).toThrow();
    expect(() => previousPeriod('26-01')).toThrow();
  });

  it('leaves the instants to each client’s timezone', () => {
    expect(clientMonthBounds('America/New_York', '2026-11')).toEqual({ start: new Date('2026-11-01T04:00:00Z'), end: new Date('2026-12-01T05:00:00Z') });
  });
});
