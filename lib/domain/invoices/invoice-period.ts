/**
 * An invoice period is a calendar month 'YYYY-MM'. The invoice stores it as dates (the 1st and
 * the last day); which instants fall in it is decided by each client's timezone (see
 * clientMonthBounds in lib/domain/billing/period.ts).
 */
export const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(period: string): [number, number] {
  if (!PERIOD_PATTERN.test(period)) throw new Error(`Not a period: ${period}`);
  const [year, month] = period.split('-').map(Number);
  return [year, month];
}

/** The 1st and the last day of the month, as UTC-midnight dates (Prisma @db.Date values). */
export function periodDates(period: string): { periodStart: Date; periodEnd: Date } {
  const [year, month] = parts(period);
  return { periodStart: new Date(Date.UTC(year, month - 1, 1)), periodEnd: new Date(Date.UTC(year, month, 0)) };
}

export function previousPeriod(period: string): string {
  const [year, month] = parts(period);
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** '2026-11' → 'November 2026'. */
export function periodLabel(period: string): string {
  const [year, month] = parts(period);
  return `${MONTHS[month - 1]} ${year}`;
}

/** The period of an invoice's periodStart date. */
export function periodOf(periodStart: Date): string {
  return periodStart.toISOString().slice(0, 7);
}

/** The month 'YYYY-MM' of an instant in UTC (a default for pickers; clients' months differ by timezone). */
export function utcPeriodOf(at: Date): string {
  return at.toISOString().slice(0, 7);
}
