import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import { GENERIC_PLANS } from '@/lib/db/prepared-statements.ts';
import { runSqlTransaction, type SqlTx } from '@/lib/db/sql-tx.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { AppError, notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import type { Decision } from '@/lib/domain/billing/index.ts';
import { localDateKey } from '@/lib/domain/calendar/index.ts';
import { chooseGoverningContract } from '@/lib/server/billing/load-terms.ts';
import { redecidePeriod } from '@/lib/server/billing/redecide-period.ts';
import { insertEntryLocked, loadTicketForLogging } from './log-time-sql.ts';
import { notifyCustomerAdminsStatement } from '@/lib/server/notifications/notify-users.ts';

export const MAX_ENTRY_MINUTES = 24 * 60;

export const logTimeSchema = z
  .object({
    ticketId: z.uuid('Choose a ticket.'),
    startedAt: z.coerce.date({ error: 'Enter when the work started.' }),
    endedAt: z.coerce.date({ error: 'Enter when the work ended.' }),
    mode: z.enum(['remote', 'onsite', 'phone'], { error: 'Choose remote, onsite or phone.' }),
    notes: z.string().trim().max(5000, 'Notes are limited to 5,000 characters.').default(''),
    isInternal: z.coerce.boolean().default(false),
  })
  .refine((v) => v.endedAt.getTime() > v.startedAt.getTime(), { path: ['endedAt'], message: 'The end must be after the start.' })
  .refine((v) => v.endedAt.getTime() - v.startedAt.getTime() <= MAX_ENTRY_MINUTES * 60_000, {
    path: ['endedAt'],
    message: 'One entry can be at most 24 hours; split longer work.',
  });
export type LogTimeInput = z.input<typeof logTimeSchema>;

export interface LoggedTime {
  entryId: string;
  minutes: number;
  decision: Decision;
}

/**
 * Logs a piece of work and decides it at once. The decision comes from re-deciding the contract
 * period in work-date order under the contract's lock; refused work writes nothing.
 */
export async function logTime(
  options: { actor: Actor | null; input: LogTimeInput; now?: Date },
  database: Db = db,
): Promise<LoggedTime> {
  const actor = authorize(options.actor, { roles: STAFF_ROLES });
  const input = parseOrThrow(logTimeSchema, options.input);
  const minutes = Math.round((input.endedAt.getTime() - input.startedAt.getTime()) / 60_000);
  if (minutes < 1) throw new AppError('invalid', 'A time entry must be at least one minute long.', { fieldErrors: { endedAt: ['At least one minute.'] } });

  // its statements are prepared and value-independent: generic plans spare re-planning them
  return runSqlTransaction(database, (tx) => logTimeWithin(tx, { actor, input, minutes, now: options.now }), { setup: GENERIC_PLANS });
}

/**
 * The body of logTime inside a caller's transaction (the timer's stop uses it too), which
 * should have asked for generic plans (forceGenericPlans).
 */
export async function logTimeWithin(
  tx: SqlTx,
  options: { actor: Actor; input: z.output<typeof logTimeSchema>; minutes: number; now?: Date },
): Promise<LoggedTime> {
  const { actor, input, minutes } = options;
  const ticket = await loadTicketForLogging(tx, input.ticketId);
  if (!ticket) throw notFound('The ticket');
  if (ticket.mergedIntoId) throw new AppError('conflict', 'This ticket was merged; log time on the ticket it was merged into.');
  // contract terms run by the client's calendar days
  const day = localDateKey(ticket.timezone, input.startedAt);
  const inForce = ticket.contracts.filter((contract) => contract.startsOn <= day && (contract.endsOn === null || contract.endsOn >= day));
  const contract = chooseGoverningContract(inForce, ticket.contractId);
  const scope = { clientId: ticket.clientId, contractId: contract?.id ?? null };
  const entry = await insertEntryLocked(tx, { scope, ticketId: ticket.id, userId: actor.userId, input, minutes });
  // only the new entry and any later work of its contract can change: earlier work is untouched
  const { decisions } = await redecidePeriod(tx, {
    ...scope,
    from: input.startedAt,
    onlyFrom: input.startedAt,
    clientTimezone: ticket.timezone,
    actor,
    cause: 'time_logged',
    now: options.now,
    isLockHeld: true,
    // written with the decision (one statement fewer); a refusal rolls it back with the rest
    auditFirstDecision: (entryId, decided) =>
      entryId === entry.id
        ? {
            actor,
            action: 'time_entry.created',
            entityType: 'TimeEntry',
            entityId: entry.id,
            clientId: ticket.clientId,
            after: { ticket: ticket.number, minutes, mode: input.mode, outcome: decided.outcome, amount: decided.billableAmount, units: decided.retainerUnitsDrawn },
          }
        : null,
  });
  const decision = decisions.get(entry.id)!.decision;
  if (decision.outcome === 'refused') {
    throw new AppError('refused', decision.reason, { details: { reason: decision.reason, needsApproval: decision.needsApproval } });
  }
  if (decision.isRetainerExhausted) {
    await tx.query(notifyCustomerAdminsStatement(ticket.clientId, {
      kind: 'retainer_exhausted',
      title: 'Your prepaid hours are used up',
      body: `Work on ticket #${ticket.number} went past your retainer balance. ${decision.reason}`,
      link: `/portal/tickets/${ticket.number}`,
      dedupeKey: `retainer-exhausted:${entry.id}`,
    }));
  }
  return { entryId: entry.id, minutes, decision };
}
