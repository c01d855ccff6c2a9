import { z } from 'zod';
import { db, type DbTx } from '@/lib/db/client.ts';
import type { Prisma } from '@/lib/db/generated/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { describeCalendar } from '@/lib/domain/calendar/index.ts';
import { ADMIN_ONLY } from '@/lib/server/tiers/tier-terms-input.ts';

const calendarSelect = {
  id: true,
  name: true,
  timezone: true,
  hours: { orderBy: { startMinute: 'asc' }, select: { weekday: true, startMinute: true, endMinute: true } },
  holidays: { orderBy: { date: 'asc' }, select: { date: true, name: true } },
  _count: { select: { tiers: true } },
} as const satisfies Prisma.BusinessCalendarSelect;

function summarize(row: { id: string; name: string; timezone: string | null; hours: { weekday: number; startMinute: number; endMinute: number }[]; holidays: { date: Date; name: string }[]; _count: { tiers: number } }) {
  const summary = describeCalendar({ is24x7: false, timezone: row.timezone ?? 'UTC', windows: row.hours, holidays: row.holidays.map((h) => h.date.toISOString().slice(0, 10)) });
  return {
    id: row.id,
    name: row.name,
    timezone: row.timezone,
    summary: row.timezone ? summary : summary.replace(' (UTC)', ' (client’s local time)'),
    holidays: row.holidays.map((h) => ({ date: h.date.toISOString().slice(0, 10), name: h.name })),
    tierVersionCount: row._count.tiers,
  };
}
export type CalendarSummary = ReturnType<typeof summarize>;

export async function listCalendars(options: { actor: Actor | null }, tx: DbTx = db): Promise<CalendarSummary[]> {
  authorize(options.actor, ADMIN_ONLY);
  const rows = await tx.businessCalendar.findMany({ orderBy: { name: 'asc' }, select: calendarSelect });
  return rows.map(summarize);
}

export async function getCalendar(options: { actor: Actor | null; calendarId: string }, tx: DbTx = db): Promise<CalendarSummary> {
  authorize(options.actor, ADMIN_ONLY);
  const id = parseOrThrow(z.uuid('Choose a calendar.'), options.calendarId);
  const row = await tx.businessCalendar.findUnique({ where: { id }, select: calendarSelect });
  if (!row) throw notFound('The calendar');
  return summarize(row);
}
