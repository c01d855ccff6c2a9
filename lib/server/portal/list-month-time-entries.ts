import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { clientMonthBounds } from '@/lib/domain/billing/index.ts';
import { MONTH_PATTERN } from '@/lib/server/billing/get-quota-usage.ts';
import { AppError, notFound } from '@/lib/errors/app-error.ts';
import type { TicketTimeEntryView } from '@/lib/server/tickets/get-ticket.ts';
import { decisionViewSelect, toDecisionView } from '@/lib/server/billing/decision-view.ts';

export type MonthTimeEntry = TicketTimeEntryView & { ticket: { number: number; subject: string } };

/**
 * The company's work in one of its calendar months, with each entry's decision and reason —
 * never the technicians' private notes. Customer admins only; always their own company.
 */
export async function listMonthTimeEntries(
  options: { actor: Actor | null; month: string },
  tx: DbTx = db,
): Promise<MonthTimeEntry[]> {
  const actor = authorize(options.actor, { roles: ['customer_admin'] });
  if (!MONTH_PATTERN.test(options.month)) throw new AppError('invalid', 'Give the month as YYYY-MM.');
  const client = await tx.client.findUnique({ where: { id: actor.clientId! }, select: { id: true, timezone: true } });
  if (!client) throw notFound('Your company');
  const { start, end } = clientMonthBounds(client.timezone, options.month);
  const rows = await tx.timeEntry.findMany({
    where: { clientId: client.id, startedAt: { gte: start, lt: end } },
    orderBy: [{ startedAt: 'asc' }, { id: 'asc' }],
    take: 500,
    select: {
      id: true,
      startedAt: true,
      endedAt: true,
      minutes: true,
      mode: true,
      lockedAt: true,
      user: { select: { name: true } },
      ticket: { select: { number: true, subject: true } },
      decisions: {
        where: { isCurrent: true },
        select: decisionViewSelect,
      },
    },
  });
  return rows.map((row) => {
    const decision = row.decisions[0];
    return {
      id: row.id,
      technicianName: row.user.name,
      startedAt: row.startedAt,
      endedAt: row.endedAt,
      minutes: row.minutes,
      mode: row.mode,
      notes: null,
      isLocked: row.lockedAt !== null,
      ticket: row.ticket,
      decision: toDecisionView(decision),
    };
  });
}
