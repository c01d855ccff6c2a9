import { Prisma } from '@/lib/db/generated/client.ts';
import type { SqlTx } from '@/lib/db/sql-tx.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { monthKey } from '@/lib/domain/calendar/index.ts';
import {
  decideSequence,
  lotsAt,
  startOfClientMonth,
  type InitialAllowances,
  type Decision,
  type SequenceItem,
  type SequencedDecision,
} from '@/lib/domain/billing/index.ts';
import type { AuditInput } from '@/lib/server/audit/record-audit.ts';
import { toWorkFacts } from './entry-facts.ts';
import { loadPeriodState, type LedgerRow } from './load-period-state.ts';
import { fromStored, isSameDecision } from './stored-decision.ts';
import { termsFromRows } from './terms-rows.ts';
import { billingScopeLockStatement } from './lock-billing-scope.ts';
import { saveRetainerSnapshot } from './retainer-snapshot.ts';
import { writeDecision } from './write-decision.ts';

/**
 * The retainer's lots are snapshotted a week before the work being decided once more than this
 * many ledger rows had to be read: late entries within the week leave the snapshot valid.
 */
const SNAPSHOT_LAG_MS = 7 * 24 * 60 * 60_000;
const SNAPSHOT_AFTER_ROWS = 200;

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
  /** when the caller already read it */
  clientTimezone?: string;
  /** snapshot the retainer's lots once more ledger rows than this had to be read */
  snapshotAfterRows?: number;
  /** the caller took the scope's lock in this transaction already (saves a round trip) */
  isLockHeld?: boolean;
  /** the audit record to write with an entry's first decision (the entry just logged), if any */
  auditFirstDecision?: (entryId: string, decision: Decision) => AuditInput | null;
}

export interface RedecideResult {
  decisions: Map<string, SequencedDecision>;
  /** entries whose decision changed (a new entry counts as changed) */
  changedEntryIds: string[];
}

/**
 * Decides again every un-invoiced entry of a client's contract from the start of the client's
 * month containing `from`, in work-date order, and writes only what changed, under the scope's
 * lock (taken here unless the caller says it holds it).
 */
export async function redecidePeriod(tx: SqlTx, input: RedecideInput): Promise<RedecideResult> {
  if (!input.isLockHeld) await tx.query(billingScopeLockStatement(input));
  const now = input.now ?? new Date();
  const timezone = input.clientTimezone ?? (await clientTimezone(tx, input.clientId));
  const monthStart = startOfClientMonth(timezone, input.from);
  const windowStart = input.onlyFrom ?? monthStart;
  const snapshotAt = new Date(windowStart.getTime() - SNAPSHOT_LAG_MS);
  const state = await loadPeriodState(tx, { clientId: input.clientId, contractId: input.contractId, windowStart, monthStart, snapshotAt });
  if (input.contractId && state.ledgerRowsRead > (input.snapshotAfterRows ?? SNAPSHOT_AFTER_ROWS) && (state.snapshotAsOf?.getTime() ?? -Infinity) < snapshotAt.getTime()) {
    await saveRetainerSnapshot(tx, { contractId: input.contractId, asOf: snapshotAt, lots: lotsAt(state.lots, state.fixedDraws, snapshotAt) });
  }
  const { entries } = state;
  const initial: InitialAllowances = {
    quotaSessionsUsed: { [monthKey(timezone, input.from)]: state.quotaSessionsBefore },
    ticketMinutes: state.ticketMinutesBefore,
    approvalMinutesUsed: state.approvalMinutesBefore,
    lots: state.lots,
    fixedDraws: state.fixedDraws,
  };
  const termsAt = termsFromRows({ clientTimezone: timezone, contract: state.contract, tierVersions: state.tierVersions, settings: state.settings });

  const items: SequenceItem[] = entries.map((entry) => ({
    work: toWorkFacts(entry, state.tickets.get(entry.ticketId)!),
    terms: termsAt(entry.startedAt),
    lockedDecision: entry.lockedAt && entry.current ? fromStored(entry.current, entry.estimateId) : undefined,
  }));
  const decisions = decideSequence(items, initial);

  const ledgerByEntry = new Map<string, LedgerRow[]>();
  for (const row of state.windowLedger) {
    if (row.timeEntryId) ledgerByEntry.set(row.timeEntryId, [...(ledgerByEntry.get(row.timeEntryId) ?? []), row]);
  }

  const changedEntryIds: string[] = [];
  for (const [index, entry] of entries.entries()) {
    if (entry.lockedAt) continue;
    const { decision, seen } = decisions.get(entry.id)!;
    const current = entry.current;
    const previous: Decision | null = current ? fromStored(current, entry.estimateId) : null;
    if (previous && isSameDecision(previous, decision)) continue;
    const audit: AuditInput | null = previous
      ? {
          actor: input.actor,
          action: 'billing_decision.redecided',
          entityType: 'TimeEntry',
          entityId: entry.id,
          clientId: input.clientId,
          before: { outcome: previous.outcome, rule: previous.rule, reason: previous.reason, amount: previous.billableAmount, units: previous.retainerUnitsDrawn },
          after: { outcome: decision.outcome, rule: decision.rule, reason: decision.reason, amount: decision.billableAmount, units: decision.retainerUnitsDrawn, cause: input.cause },
        }
      : (input.auditFirstDecision?.(entry.id, decision) ?? null);
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
      audit,
    });
    changedEntryIds.push(entry.id);
  }
  return { decisions, changedEntryIds };
}

async function clientTimezone(tx: SqlTx, clientId: string): Promise<string> {
  const [client] = await tx.query<{ timezone: string }>(Prisma.sql`SELECT timezone FROM "Client" WHERE id = ${clientId}::uuid`);
  if (!client) throw new Error(`No client ${clientId}`);
  return client.timezone;
}
