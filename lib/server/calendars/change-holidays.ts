import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { AppError, notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { ADMIN_ONLY } from '@/lib/server/tiers/tier-terms-input.ts';
import { holidaySchema } from './calendar-input.ts';

const addSchema = holidaySchema.extend({ calendarId: z.uuid('Choose a calendar.') });
const removeSchema = z.object({ calendarId: z.uuid('Choose a calendar.'), date: z.iso.date('Choose the holiday.') });

/** Adds a holiday (a day with no working time) to a calendar. */
export async function addHoliday(options: { actor: Actor | null; input: z.input<typeof addSchema> }, database: Db = db): Promise<void> {
  const actor = authorize(options.actor, ADMIN_ONLY);
  const input = parseOrThrow(addSchema, options.input);
  await database.$transaction(async (tx) => {
    if (!(await tx.businessCalendar.findUnique({ where: { id: input.calendarId }, select: { id: true } }))) throw notFound('The calendar');
    const date = new Date(input.date);
    if (await tx.holiday.findUnique({ where: { calendarId_date: { calendarId: input.calendarId, date } }, select: { id: true } })) {
      throw new AppError('conflict', 'That date is already a holiday.', { fieldErrors: { date: ['That date is already a holiday.'] } });
    }
    await tx.holiday.create({ data: { calendarId: input.calendarId, date, name: input.name } });
    await recordAudit(tx, { actor, action: 'calendar.holiday_added', entityType: 'BusinessCalendar', entityId: input.calendarId, after: { date: input.date, name: input.name } });
  });
}

export async function removeHoliday(options: { actor: Actor | null; input: z.input<typeof removeSchema> }, database: Db = db): Promise<void> {
  const actor = authorize(options.actor, ADMIN_ONLY);
  const input = parseOrThrow(removeSchema, options.input);
  await database.$transaction(async (tx) => {
    const where = { calendarId_date: { calendarId: input.calendarId, date: new Date(input.date) } };
    const holiday = await tx.holiday.findUnique({ where, select: { name: true } });
    if (!holiday) throw notFound('The holiday');
    await tx.holiday.delete({ where });
    await recordAudit(tx, { actor, action: 'calendar.holiday_removed', entityType: 'BusinessCalendar', entityId: input.calendarId, before: { date: input.date, name: holiday.name } });
  });
}
