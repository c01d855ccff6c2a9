'use server';

import { z } from 'zod';
import { action } from '@/app/_lib/action.ts';
import { ADMIN_ONLY } from '@/lib/server/tiers/tier-terms-input.ts';
import { calendarInputSchema, parseHolidayLines, WEEKDAY_KEYS } from '@/lib/server/calendars/calendar-input.ts';
import { createCalendar } from '@/lib/server/calendars/create-calendar.ts';
import { addHoliday, removeHoliday } from '@/lib/server/calendars/change-holidays.ts';

/** Flat fields hours_mon … hours_sun and a holidays textarea ('YYYY-MM-DD Name' per line). */
const calendarFormSchema = z.preprocess((value) => {
  const flat = value as Record<string, unknown>;
  return {
    name: flat.name,
    timezone: flat.timezone ?? '',
    hours: Object.fromEntries(WEEKDAY_KEYS.map((key) => [key, flat[`hours_${key}`] ?? ''])),
    holidays: parseHolidayLines(typeof flat.holidays === 'string' ? flat.holidays : ''),
  };
}, calendarInputSchema);

export const createCalendarAction = action(calendarFormSchema, ADMIN_ONLY, async (input, actor) => {
  const calendar = await createCalendar({ actor, input });
  return { message: `Calendar ${calendar.name} created.`, revalidate: ['/admin/calendars'], redirectTo: `/admin/calendars/${calendar.id}` };
});

export const addHolidayAction = action(z.object({ calendarId: z.uuid(), date: z.string(), name: z.string() }), ADMIN_ONLY, async (input, actor) => {
  await addHoliday({ actor, input });
  return { message: `${input.date} is now a holiday.`, revalidate: [`/admin/calendars/${input.calendarId}`, '/admin/calendars'] };
});

export const removeHolidayAction = action(z.object({ calendarId: z.uuid(), date: z.string() }), ADMIN_ONLY, async (input, actor) => {
  await removeHoliday({ actor, input });
  return { message: `${input.date} is a working day again.`, revalidate: [`/admin/calendars/${input.calendarId}`, '/admin/calendars'] };
});
