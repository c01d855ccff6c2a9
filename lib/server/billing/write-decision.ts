import { Prisma } from '@/lib/db/generated/client.ts';
import type { SqlTx } from '@/lib/db/sql-tx.ts';
import { PREPARED } from '@/lib/db/prepared-statements.ts';
import type { Decision } from '@/lib/domain/billing/index.ts';
import { auditInsert, type AuditInput } from '@/lib/server/audit/record-audit.ts';
import type { LedgerRow } from './load-period-state.ts';

export interface DecisionWrite {
  entry: { id: string; startedAt: Date; estimateId: string | null };
  decision: Decision;
  inputs: Record<string, unknown>;
  previousDecisionId: string | null;
  /** this entry's ledger rows, to reverse draws that no longer hold */
  ledgerRows: LedgerRow[];
  contractId: string | null;
  clientId: string;
  actorId: string | null;
  now: Date;
  /** the audit record of this decision, written by the same statement */
  audit: AuditInput | null;
}

/**
 * Supersedes the entry's current decision and records the new one; a changed retainer draw is
 * reversed and drawn again, never edited (the ledger refuses UPDATE and DELETE).
 */
export async function writeDecision(tx: SqlTx, write: DecisionWrite): Promise<string> {
  const { entry, decision, now } = write;
  const parts = decision.parts.map((part) => ({
    outcome: part.outcome,
    minutes: part.minutes,
    units: part.units,
    rate: part.rate,
    amount: part.amount,
    isAfterHours: part.isAfterHours,
  }));
  const ledger = write.contractId ? ledgerChanges(write) : [];
  // one statement: superseding, the decision, its parts, the ledger rows and the audit record (a
  // round trip each was most of the cost of logging time)
  const rows = await tx.query<{ id: string }>(Prisma.sql`${PREPARED}
    WITH superseded AS (
      UPDATE "BillingDecision" SET "isCurrent" = false, "supersededAt" = ${now}
      WHERE id = ${write.previousDecisionId}::uuid
    ),
    decision AS (
      INSERT INTO "BillingDecision" ("timeEntryId", "isCurrent", "outcome", "rule", "reason", "needsApproval", "quotaSessions",
        "retainerUnits", "billableAmount", "tierVersionId", "contractVersion", "inputs", "decidedAt", "contractId", "workStartedAt")
      VALUES (${entry.id}::uuid, true, ${decision.outcome}::"BillingOutcome", ${decision.rule}, ${decision.reason},
        ${decision.needsApproval}, ${decision.quotaSessionsUsed}, ${decision.retainerUnitsDrawn}, ${decision.billableAmount}::numeric,
        ${decision.tierVersionId}::uuid, ${decision.contractVersion}::int,
        ${JSON.stringify({ ...write.inputs, isRetainerExhausted: decision.isRetainerExhausted })}::jsonb, ${now},
        ${write.contractId}::uuid, ${entry.startedAt})
      RETURNING id
    ),
    parts AS (
      INSERT INTO "DecisionPart" ("decisionId", "outcome", "minutes", "units", "rate", "amount", "isAfterHours")
      SELECT decision.id, p.outcome::"BillingOutcome", p.minutes, p.units, p.rate::numeric, p.amount::numeric, p."isAfterHours"
      FROM decision, jsonb_to_recordset(${JSON.stringify(parts)}::jsonb)
        AS p(outcome text, minutes int, units int, rate text, amount text, "isAfterHours" boolean)
    ),
    ledger AS (
      INSERT INTO "RetainerLedgerEntry" ("contractId", "clientId", "kind", "units", "effectiveAt", "timeEntryId", "reversesId", "note", "createdById", "createdAt")
      SELECT ${write.contractId}::uuid, ${write.clientId}::uuid, l.kind::"LedgerEntryKind", l.units, l."effectiveAt", ${entry.id}::uuid,
        l."reversesId", l.note, ${write.actorId}::uuid, ${now}::timestamptz + make_interval(secs => l.seq / 1000.0)
      FROM jsonb_to_recordset(${JSON.stringify(ledger)}::jsonb)
        AS l(seq int, kind text, units int, "effectiveAt" timestamptz, "reversesId" uuid, note text)
    ),
    estimate AS (
      UPDATE "TimeEntry" SET "estimateId" = ${decision.estimateId}::uuid
      WHERE id = ${entry.id}::uuid AND ${entry.estimateId !== decision.estimateId}
    )${write.audit ? Prisma.sql`,
    audit AS (${auditInsert(write.audit)})` : Prisma.empty}
    SELECT id FROM decision`);
  return rows[0].id;
}

interface LedgerChange {
  seq: number;
  kind: 'reversal' | 'draw';
  units: number;
  effectiveAt: Date;
  reversesId: string | null;
  note: string | null;
}

/** A changed retainer draw: reversals of the open draws, then the new draw (in that order). */
function ledgerChanges(write: DecisionWrite): LedgerChange[] {
  const { entry, decision } = write;
  const netDrawn = -write.ledgerRows.reduce((sum, row) => sum + row.units, 0);
  if (netDrawn === decision.retainerUnitsDrawn) return [];
  const reversed = new Set(write.ledgerRows.map((row) => row.reversesId).filter(Boolean));
  const open = write.ledgerRows.filter((row) => row.kind === 'draw' && !reversed.has(row.id));
  const rows: Omit<LedgerChange, 'seq'>[] = open.map((draw) => ({
    kind: 'reversal',
    units: -draw.units,
    effectiveAt: draw.effectiveAt,
    reversesId: draw.id,
    note: 'Decided again',
  }));
  if (decision.retainerUnitsDrawn > 0) {
    rows.push({ kind: 'draw', units: -decision.retainerUnitsDrawn, effectiveAt: entry.startedAt, reversesId: null, note: null });
  }
  return rows.map((row, seq) => ({ ...row, seq }));
}
