import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { AppError, notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { logTimeWithin, MAX_ENTRY_MINUTES, type LoggedTime } from './log-time.ts';
import { sqlTxOf } from '@/lib/db/sql-tx.ts';
import { forceGenericPlans } from '@/lib/db/prepared-statements.ts';

const startTimerSchema = z.object({
  ticketId: z.uuid(),
  mode: z.enum(['remote', 'onsite', 'phone']).default('remote'),
});

const stopTimerSchema = z.object({
  notes: z.string().trim().max(5000).default(''),
  isInternal: z.coerce.boolean().default(false),
});

export interface RunningTimerView {
  ticketId: string;
  ticketNumber: number;
  startedAt: Date;
  mode: string;
}

/** A technician times one piece of work at a time. */
export async function startTimer(
  options: { actor: Actor | null; input: z.input<typeof startTimerSchema>; now?: Date },
  database: Db = db,
): Promise<RunningTimerView> {
  const actor = authorize(options.actor, { roles: STAFF_ROLES });
  const input = parseOrThrow(startTimerSchema, options.input);
  const now = options.now ?? new Date();
  return database.$transaction(async (tx) => {
    const ticket = await tx.ticket.findUnique({ where: { id: input.ticketId }, select: { id: true, number: true, mergedIntoId: true } });
    if (!ticket) throw notFound('The ticket');
    if (ticket.mergedIntoId) throw new AppError('conflict', 'This ticket was merged; time the ticket it was merged into.');
    const running = await tx.runningTimer.findUnique({ where: { userId: actor.userId }, select: { ticket: { select: { number: true } } } });
    if (running) throw new AppError('conflict', `Your timer is already running on #${running.ticket.number}; stop it first.`);
    await tx.runningTimer.create({ data: { userId: actor.userId, ticketId: ticket.id, startedAt: now, mode: input.mode } });
    return { ticketId: ticket.id, ticketNumber: ticket.number, startedAt: now, mode: input.mode };
  });
}

/** Stops the actor's timer and logs the time; if the work is refused, the timer keeps running. */
export async function stopTimer(
  options: { actor: Actor | null; input: z.input<typeof stopTimerSchema>; now?: Date },
  database: Db = db,
): Promise<LoggedTime> {
  const actor = authorize(options.actor, { roles: STAFF_ROLES });
  const input = parseOrThrow(stopTimerSchema, options.input);
  const now = options.now ?? new Date();
  return database.$transaction(
    async (tx) => {
      // deleting first makes a double click log once: the second finds nothing
      const [timer] = await tx.$queryRaw<{ ticketId: string; startedAt: Date; mode: 'remote' | 'onsite' | 'phone' }[]>`
        DELETE FROM "RunningTimer" WHERE "userId" = ${actor.userId}::uuid RETURNING "ticketId", "startedAt", "mode"::text AS "mode"`;
      if (!timer) throw new AppError('conflict', 'No timer is running.');
      const minutes = Math.max(1, Math.round((now.getTime() - timer.startedAt.getTime()) / 60_000));
      if (minutes > MAX_ENTRY_MINUTES) throw new AppError('invalid', 'The timer ran for more than 24 hours; log the work by hand instead.');
      const endedAt = new Date(timer.startedAt.getTime() + minutes * 60_000);
      await forceGenericPlans(tx);
      return logTimeWithin(sqlTxOf(tx), {
        actor,
        minutes,
        now,
        input: { ticketId: timer.ticketId, startedAt: timer.startedAt, endedAt, mode: timer.mode, notes: input.notes, isInternal: input.isInternal },
      });
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}

export async function getRunningTimer(actor: Actor, database: Db = db): Promise<RunningTimerView | null> {
  const timer = await database.runningTimer.findUnique({
    where: { userId: actor.userId },
    select: { ticketId: true, startedAt: true, mode: true, ticket: { select: { number: true } } },
  });
  return timer ? { ticketId: timer.ticketId, ticketNumber: timer.ticket.number, startedAt: timer.startedAt, mode: timer.mode } : null;
}

/** Discards a timer without logging (started by mistake). */
export async function discardTimer(options: { actor: Actor | null }, database: Db = db): Promise<void> {
  const actor = authorize(options.actor, { roles: STAFF_ROLES });
  const { count } = await database.runningTimer.deleteMany({ where: { userId: actor.userId } });
  if (count === 0) throw new AppError('conflict', 'No timer is running.');
}
