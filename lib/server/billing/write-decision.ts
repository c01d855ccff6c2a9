import type { DbTx } from '@/lib/db/client.ts';
import type { Prisma } from '@/lib/db/generated/client.ts';
import type { Decision } from '@/lib/domain/billing/index.ts';
import type { LedgerRow } from './period-allowances.ts';

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
}

/**
 * Supersedes the entry's current decision and records the new one; a changed retainer draw is
 * reversed and drawn again, never edited (the ledger refuses UPDATE and DELETE).
 */
export async function writeDecision(tx: DbTx, write: DecisionWrite): Promise<string> {
  const { entry, decision, now } = write;
  if (write.previousDecisionId) {
    await tx.billingDecision.update({
      where: { id: write.previousDecisionId },
      data: { isCurrent: false, supersededAt: now },
    });
  }
  const created = await tx.billingDecision.create({
    data: {
      timeEntryId: entry.id,
      outcome: decision.outcome,
      rule: decision.rule,
      reason: decision.reason,
      needsApproval: decision.needsApproval,
      quotaSessions: decision.quotaSessionsUsed,
      retainerUnits: decision.retainerUnitsDrawn,
      billableAmount: decision.billableAmount,
      tierVersionId: decision.tierVersionId,
      contractVersion: decision.contractVersion,
      inputs: { ...write.inputs, isRetainerExhausted: decision.isRetainerExhausted } as Prisma.InputJsonValue,
      decidedAt: now,
      parts: {
        create: decision.parts.map((part) => ({
          outcome: part.outcome,
          minutes: part.minutes,
          units: part.units,
          rate: part.rate,
          amount: part.amount,
          isAfterHours: part.isAfterHours,
        })),
      },
    },
    select: { id: true },
  });
  if (entry.estimateId !== decision.estimateId) {
    await tx.timeEntry.update({ where: { id: entry.id }, data: { estimateId: decision.estimateId } });
  }

  if (write.contractId) {
    const netDrawn = -write.ledgerRows.reduce((sum, row) => sum + row.units, 0);
    if (netDrawn !== decision.retainerUnitsDrawn) {
      const reversed = new Set(write.ledgerRows.map((row) => row.reversesId).filter(Boolean));
      const open = write.ledgerRows.filter((row) => row.kind === 'draw' && !reversed.has(row.id));
      for (const draw of open) {
        await tx.retainerLedgerEntry.create({
          data: {
            contractId: write.contractId,
            clientId: write.clientId,
            kind: 'reversal',
            units: -draw.units,
            effectiveAt: draw.effectiveAt,
            timeEntryId: entry.id,
            reversesId: draw.id,
            note: 'Decided again',
            createdById: write.actorId,
          },
        });
      }
      if (decision.retainerUnitsDrawn > 0) {
        await tx.retainerLedgerEntry.create({
          data: {
            contractId: write.contractId,
            clientId: write.clientId,
            kind: 'draw',
            units: -decision.retainerUnitsDrawn,
            effectiveAt: entry.startedAt,
            timeEntryId: entry.id,
            createdById: write.actorId,
          },
        });
      }
    }
  }
  return created.id;
}
