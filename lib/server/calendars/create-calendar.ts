import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { AppError } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { ADMIN_ONLY } from '@/lib/server/tiers/tier-terms-input.ts';
import { calendarInputSchema, parseWindows, WEEKDAY_KEYS, type CalendarInput } from './calendar-input.ts';

/** A business-hours calendar: working windows per weekday and holidays. */
export async function createCalendar(options: { actor: Actor | null; input: CalendarInput }, database: Db = db): Promise<{ id: string; name: string }> {
  const actor = authorize(options.actor, ADMIN_ONLY);
  const input = parseOrThrow(calendarInputSchema, options.input);
  const windows = WEEKDAY_KEYS.flatMap((key, weekday) => parseWindows(input.hours[key]).map((w) => ({ weekday, ...w })));
  if (windows.length === 0) {
    throw new AppError('invalid', 'Give working hours for at least one weekday (or use 24×7 on the tier).', { fieldErrors: { 'hours.mon': ['Give working hours for at least one weekday.'] } });
  }
  const dates = input.holidays.map((h) => h.date);
  if (new Set(dates).size !== dates.length) throw new AppError('invalid', 'Each date can be a holiday once.', { fieldErrors: { holidays: ['Each date can be a holiday once.'] } });

  return database.$transaction(async (tx) => {
    if (await tx.businessCalendar.findUnique({ where: { name: input.name }, select: { id: true } })) {
      throw new AppError('conflict', 'A calendar with that name exists.', { fieldErrors: { name: ['A calendar with that name exists.'] } });
    }
    const calendar = await tx.businessCalendar.create({
      data: {
        name: input.name,
        timezone: input.timezone,
        hours: { create: windows },
        holidays: { create: input.holidays.map((h) => ({ date: new Date(h.date), name: h.name })) },
      },
      select: { id: true, name: true },
    });
    await recordAudit(tx, { actor, action: 'calendar.created', entityType: 'BusinessCalendar', entityId: calendar.id, after: { ...input, windows } });
    return calendar;
  });
}
