'use server';

import { z } from 'zod';
import { action } from '@/app/_lib/action.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { localInstant } from '@/lib/domain/calendar/index.ts';
import { logTime } from '@/lib/server/time/log-time.ts';
import { discardTimer, startTimer, stopTimer } from '@/lib/server/time/timers.ts';
import { formatDuration } from '@/lib/utils/format.ts';

const logTimeFormSchema = z.object({
  ticketId: z.uuid(),
  ticketNumber: z.coerce.number().int().positive(),
  timezone: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter the date of the work.'),
  startTime: z.string().regex(/^\d{2}:\d{2}$/, 'Enter a start time (HH:MM).'),
  endTime: z.string().regex(/^\d{2}:\d{2}$/, 'Enter an end time (HH:MM).'),
  mode: z.enum(['remote', 'onsite', 'phone'], { error: 'Choose remote, onsite or phone.' }),
  notes: z.string().max(5000).default(''),
  isInternal: z.literal('on').optional(),
});

/** Manual time entry from the console, in the client's local time. */
export const logTimeAction = action(logTimeFormSchema, { roles: STAFF_ROLES }, async (input, actor) => {
  const startedAt = localInstant(input.timezone, input.date, input.startTime);
  const endedAt = localInstant(input.timezone, input.date, input.endTime);
  const logged = await logTime({
    actor,
    input: { ticketId: input.ticketId, startedAt, endedAt, mode: input.mode, notes: input.notes, isInternal: input.isInternal === 'on' },
  });
  return {
    message: `Logged ${formatDuration(logged.minutes)}. ${logged.decision.reason}`,
    revalidate: [`/console/tickets/${input.ticketNumber}`],
  };
});

const startTimerFormSchema = z.object({ ticketId: z.uuid(), ticketNumber: z.coerce.number().int().positive(), mode: z.enum(['remote', 'onsite', 'phone']).default('remote') });

export const startTimerAction = action(startTimerFormSchema, { roles: STAFF_ROLES }, async (input, actor) => {
  const timer = await startTimer({ actor, input: { ticketId: input.ticketId, mode: input.mode } });
  return { message: `Timer started on #${timer.ticketNumber}.`, revalidate: [`/console/tickets/${input.ticketNumber}`] };
});

const stopTimerFormSchema = z.object({ ticketNumber: z.coerce.number().int().positive(), notes: z.string().max(5000).default('') });

export const stopTimerAction = action(stopTimerFormSchema, { roles: STAFF_ROLES }, async (input, actor) => {
  const logged = await stopTimer({ actor, input: { notes: input.notes } });
  return { message: `Logged ${formatDuration(logged.minutes)}. ${logged.decision.reason}`, revalidate: [`/console/tickets/${input.ticketNumber}`] };
});

export const discardTimerAction = action(z.object({ ticketNumber: z.coerce.number().int().positive() }), { roles: STAFF_ROLES }, async (input, actor) => {
  await discardTimer({ actor });
  return { message: 'Timer discarded; nothing was logged.', revalidate: [`/console/tickets/${input.ticketNumber}`] };
});
