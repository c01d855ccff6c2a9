import { localDateKey } from '@/lib/domain/calendar/index.ts';

/** Renewal notices go out at 90, 60 and 30 days before a date. */
export const NOTICE_DAYS = [90, 60, 30] as const;
export type NoticeDays = (typeof NOTICE_DAYS)[number];

/** Whole days from the client's today to a calendar date (a @db.Date at 00:00 UTC). */
export function daysUntil(date: Date, timezone: string, now: Date): number {
  const today = localDateKey(timezone, now);
  return Math.round((Date.parse(date.toISOString().slice(0, 10)) - Date.parse(today)) / 86_400_000);
}

/** The tightest notice a date is due for: 45 days away → the 60-day notice; past or >90 → none. */
export function noticeBucket(days: number): NoticeDays | null {
  if (days < 0 || days > 90) return null;
  return days <= 30 ? 30 : days <= 60 ? 60 : 90;
}

/** A generous UTC range of dates that can be within 90 days for some client timezone. */
export function candidateRange(now: Date): { gte: Date; lte: Date } {
  const day = Date.parse(now.toISOString().slice(0, 10));
  return { gte: new Date(day - 86_400_000), lte: new Date(day + 92 * 86_400_000) };
}
