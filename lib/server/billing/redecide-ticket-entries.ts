import type { DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { redecidePeriod } from './redecide-period.ts';
import { sqlTxOf } from '@/lib/db/sql-tx.ts';

/**
 * A ticket's facts changed (type, phase, priority, assets, approval): decides its un-invoiced
 * entries again, per contract from the earliest one, with everything after them in those
 * periods. Contracts are locked in a fixed order so two such changes cannot deadlock.
 */
export async function redecideTicketEntries(
  tx: DbTx,
  input: { ticketId: string; actor: Pick<Actor, 'userId'> | null; cause: string; now?: Date },
): Promise<{ changedEntryIds: string[] }> {
  const scopes = await tx.timeEntry.groupBy({
    by: ['clientId', 'contractId'],
    where: { ticketId: input.ticketId, invoiceId: null, lockedAt: null },
    _min: { startedAt: true },
  });
  scopes.sort((a, b) => (a.contractId ?? '').localeCompare(b.contractId ?? ''));
  const changed = new Set<string>();
  for (const scope of scopes) {
    const result = await redecidePeriod(sqlTxOf(tx), {
      clientId: scope.clientId,
      contractId: scope.contractId,
      from: scope._min.startedAt!,
      actor: input.actor,
      cause: input.cause,
      now: input.now,
    });
    for (const id of result.changedEntryIds) changed.add(id);
  }
  return { changedEntryIds: [...changed] };
}
