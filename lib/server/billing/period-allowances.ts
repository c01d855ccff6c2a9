import type { DbTx } from '@/lib/db/client.ts';
import type { FixedDraw, InitialAllowances, RetainerLot } from '@/lib/domain/billing/index.ts';

export interface LedgerRow {
  id: string;
  kind: 'purchase' | 'top_up' | 'draw' | 'reversal' | 'expiry' | 'adjustment';
  units: number;
  effectiveAt: Date;
  expiresAt: Date | null;
  timeEntryId: string | null;
  reversesId: string | null;
}

export async function loadLedger(tx: DbTx, contractId: string): Promise<LedgerRow[]> {
  return tx.retainerLedgerEntry.findMany({
    where: { contractId },
    orderBy: [{ effectiveAt: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, kind: true, units: true, effectiveAt: true, expiresAt: true, timeEntryId: true, reversesId: true },
  });
}

/**
 * What work before the re-decided window used: minutes per ticket and per approved estimate,
 * the retainer lots, and every draw that will not be decided again.
 */
export async function loadPriorAllowances(
  tx: DbTx,
  input: {
    clientId: string;
    contractId: string | null;
    windowStart: Date;
    /** the client's month containing the window start, when the window starts inside it */
    month?: { key: string; start: Date };
    ticketIds: string[];
    estimateIds: string[];
    windowEntryIds: Set<string>;
    ledger: LedgerRow[];
  },
): Promise<InitialAllowances> {
  const countsAsUsed = { decisions: { some: { isCurrent: true, outcome: { not: 'refused' as const } } } };
  const scope = { clientId: input.clientId, contractId: input.contractId, startedAt: { lt: input.windowStart } };
  const [byTicket, byEstimate, quota] = await Promise.all([
    input.ticketIds.length
      ? tx.timeEntry.groupBy({
          by: ['ticketId'],
          where: { ...scope, ticketId: { in: input.ticketIds }, ...countsAsUsed },
          _sum: { minutes: true },
        })
      : [],
    input.estimateIds.length
      ? tx.timeEntry.groupBy({
          by: ['estimateId'],
          where: { clientId: input.clientId, estimateId: { in: input.estimateIds }, startedAt: { lt: input.windowStart }, ...countsAsUsed },
          _sum: { minutes: true },
        })
      : [],
    // help-desk sessions already used this month before the window (none when it starts the month)
    input.month && input.month.start.getTime() < input.windowStart.getTime()
      ? tx.billingDecision.aggregate({
          where: {
            isCurrent: true,
            timeEntry: { clientId: input.clientId, contractId: input.contractId, startedAt: { gte: input.month.start, lt: input.windowStart } },
          },
          _sum: { quotaSessions: true },
        })
      : null,
  ]);

  const lots: RetainerLot[] = [];
  const drawsByEntry = new Map<string, { at: Date; units: number }>();
  const fixedDraws: FixedDraw[] = [];
  for (const row of input.ledger) {
    if (row.kind === 'expiry') continue; // lots carry their own expiry
    if (row.timeEntryId) {
      if (input.windowEntryIds.has(row.timeEntryId)) continue;
      const draw = drawsByEntry.get(row.timeEntryId) ?? { at: row.effectiveAt, units: 0 };
      draw.units -= row.units;
      drawsByEntry.set(row.timeEntryId, draw);
    } else if (row.units > 0) {
      lots.push({ id: row.id, effectiveAt: row.effectiveAt, expiresAt: row.expiresAt, units: row.units });
    } else if (row.units < 0) {
      fixedDraws.push({ at: row.effectiveAt, units: -row.units });
    }
  }
  for (const draw of drawsByEntry.values()) if (draw.units > 0) fixedDraws.push(draw);

  return {
    quotaSessionsUsed: input.month && quota ? { [input.month.key]: quota._sum.quotaSessions ?? 0 } : {},
    ticketMinutes: Object.fromEntries(byTicket.map((row) => [row.ticketId, row._sum.minutes ?? 0])),
    approvalMinutesUsed: Object.fromEntries(
      byEstimate.filter((row) => row.estimateId).map((row) => [row.estimateId as string, row._sum.minutes ?? 0]),
    ),
    lots,
    fixedDraws,
  };
}
