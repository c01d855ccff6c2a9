import { z } from 'zod';
import { parseTime } from '@/lib/domain/calendar/index.ts';

export const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

function isTimezone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** 'HH:MM-HH:MM' windows separated by commas, e.g. '08:00-12:00, 13:00-17:00'; empty: closed. */
export function parseWindows(text: string): { startMinute: number; endMinute: number }[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [start, end] = part.split(/[-–]/).map((s) => s.trim());
      if (!start || !end) throw new RangeError(`Write hours as 08:00-18:00, got “${part}”.`);
      const startMinute = parseTime(start);
      const endMinute = parseTime(end);
      if (endMinute <= startMinute) throw new RangeError(`The end must be after the start in “${part}”.`);
      return { startMinute, endMinute };
    });
}

const windowsText = z
  .string()
  .trim()
  .max(200)
  .default('')
  .superRefine((text, ctx) => {
    try {
      parseWindows(text);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: error instanceof RangeError ? error.message.replace(/^Expected/, 'Times must be') : 'Write hours as 08:00-18:00.' });
    }
  });

export const holidaySchema = z.object({
  date: z.iso.date('Give the holiday as YYYY-MM-DD.'),
  name: z.string().trim().min(1, 'Name the holiday.').max(120, 'Keep the name under 120 characters.'),
});

export const calendarInputSchema = z.object({
  name: z.string().trim().min(2, 'Name the calendar.').max(120, 'Keep the name under 120 characters.'),
  /** empty: each client's own timezone */
  timezone: z
    .string()
    .trim()
    .max(64)
    .transform((tz) => tz || null)
    .refine((tz) => tz === null || isTimezone(tz), 'Give an IANA timezone such as America/New_York, or leave it empty.')
    .nullable()
    .default(null),
  hours: z.object(Object.fromEntries(WEEKDAY_KEYS.map((key) => [key, windowsText])) as Record<(typeof WEEKDAY_KEYS)[number], typeof windowsText>),
  holidays: z.array(holidaySchema).max(400).default([]),
});
export type CalendarInput = z.input<typeof calendarInputSchema>;

/** 'YYYY-MM-DD Name' per line. */
export function parseHolidayLines(text: string): { date: string; name: string }[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const match = /^(\S+)\s+(.*)$/.exec(line);
      return { date: match?.[1] ?? line, name: match?.[2] ?? '' };
    });
}
