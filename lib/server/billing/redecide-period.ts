import type { DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { monthKey } from '@/lib/domain/calendar/index.ts';
import {
  decideSequence,
  startOfClientMonth,
  type Decision,
  type SequenceItem,
  type SequencedDecision,
} from '@/lib/domain/billing/index.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { loadTicketFacts, toWorkFacts } from './entry-facts.ts';
import { loadLedger, loadPriorAllowances, type LedgerRow } from './period-allowances.ts';
import { currentDecisionSelect, fromStored, isSameDecision } from './stored-decision.ts';
import { termsResolver } from './load-terms.ts';
import { lockBillingScope } from './lock-billing-scope.ts';
import { writeDecision } from './write-decision.ts';

export interface RedecideInput {
  clientId: string;
  contractId: string | null;
  /** any instant in the first month to decide again */
  from: Date;
  actor: Pick<Actor, 'userId'> | null;
  /**
   * Decide only from this instant on (everything before counts as already decided). Used when
   * new work is the latest of its contract: the month need not be decided again.
   */
  onlyFrom?: Date;
  /** why, for the audit trail: 'time_logged', 'ticket_changed', … */
  cause: string;
  now?: Date;
}

export interface RedecideResult {
  decisions: Map<string, SequencedDecision>;
  /** entries whose decision changed (a new entry counts as changed) */
  changedEntryIds: string[];
}

/**
 * Decides again every un-invoiced entry of a client's contract from the start of the client's
 * month containing `from`, in work-date order, and writes only what changed. Callers hold the
 * scope's lock (taken here too, so it is never forgotten).
 */
export async function redecidePeriod(tx: DbTx, input: RedecideInput): Promise<RedecideResult> {
  await lockBillingScope(tx, input);
  const now = input.now ?? new Date();
  const client = await tx.client.findUniqueOrThrow({ where: { id: input.clientId }, select: { timezone: true } });
  const monthStart = startOfClientMonth(client.timezone, input.from);
  const windowStart = input.onlyFrom ?? monthStart;

  const entries = await tx.timeEntry.findMany({
    where: { clientId: input.clientId, contractId: input.contractId, startedAt: { gte: windowStart } },
    select: {
      id: true,
      ticketId: true,
      startedAt: true,
      endedAt: true,
      minutes: true,
      mode: true,
      isInternal: true,
      estimateId: true,
      lockedAt: true,
      decisions: { where: { isCurrent: true }, select: currentDecisionSelect },
    },
  });
  const ticketFacts = await loadTicketFacts(tx, [...new Set(entries.map((entry) => entry.ticketId))]);
  const ledger = input.contractId ? await loadLedger(tx, input.contractId) : [];
  const windowEntryIds = new Set(entries.map((entry) => entry.id));
  const estimateIds = [...new Set([...ticketFacts.values()].flatMap((t) => (t.approval ? [t.approval.estimateId] : [])))];
  const initial = await loadPriorAllowances(tx, {
    clientId: input.clientId,
    contractId: input.contractId,
    windowStart,
    month: { key: monthKey(client.timezone, input.from), start: monthStart },
    ticketIds: [...ticketFacts.keys()],
    estimateIds,
    windowEntryIds,
    ledger,
  });
  const termsAt = await termsResolver(tx, { clientTimezone: client.timezone, contractId: input.contractId });

  const items: SequenceItem[] = entries.map((entry) => {
    const current = entry.decisions[0];
    return {
      work: toWorkFacts(entry, ticketFacts.get(entry.ticketId)!),
      terms: termsAt(entry.startedAt),
      lockedDecision: entry.lockedAt && current ? fromStored(current, entry.estimateId) : undefined,
    };
  });
  const decisions = decideSequence(items, initial);

  const ledgerByEntry = new Map<string, LedgerRow[]>();
  for (const row of ledger) {
    if (row.timeEntryId && windowEntryIds.has(row.timeEntryId)) {
      ledgerByEntry.set(row.timeEntryId, [...(ledgerByEntry.get(row.timeEntryId) ?? []), row]);
    }
  }

  const changedEntryIds: string[] = [];
  for (const [index, entry] of entries.entries()) {
    if (entry.lockedAt) continue;
    const { decision, seen } = decisions.get(entry.id)!;
    const current = entry.decisions[0];
    const previous: Decision | null = current ? fromStored(current, entry.estimateId) : null;
    if (previous && isSameDecision(previous, decision)) continue;
    await writeDecision(tx, {
      entry,
      decision,
      inputs: { work: items[index].work, terms: items[index].terms, seen, cause: input.cause },
      previousDecisionId: current?.id ?? null,
      ledgerRows: ledgerByEntry.get(entry.id) ?? [],
      contractId: input.contractId,
      clientId: input.clientId,
      actorId: input.actor?.userId ?? null,
      now,
    });
    changedEntryIds.push(entry.id);
    if (previous) {
      await recordAudit(tx, {
        actor: input.actor,
        action: 'billing_decision.redecided',
        entityType: 'TimeEntry',
        entityId: entry.id,
        clientId: input.clientId,
        before: { outcome: previous.outcome, rule: previous.rule, reason: previous.reason, amount: previous.billableAmount, units: previous.retainerUnitsDrawn },
        after: { outcome: decision.outcome, rule: decision.rule, reason: decision.reason, amount: decision.billableAmount, units: decision.retainerUnitsDrawn, cause: input.cause },
      });
    }
  }
  return { decisions, changedEntryIds };
}
