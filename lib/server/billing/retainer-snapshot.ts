import { Prisma } from '@/lib/db/generated/client.ts';
import type { SqlTx } from '@/lib/db/sql-tx.ts';
import type { RetainerLot } from '@/lib/domain/billing/index.ts';

/**
 * Records each lot's remaining units at `asOf` (under the contract's billing lock). Re-deciding
 * then reads the ledger from `asOf` on; a ledger row dated before it deletes the snapshot (a
 * database trigger), so it can never disagree with the ledger.
 */
export async function saveRetainerSnapshot(tx: SqlTx, input: { contractId: string; asOf: Date; lots: RetainerLot[] }): Promise<void> {
  const lots = input.lots.map((lot) => ({
    id: lot.id,
    effectiveAt: lot.effectiveAt.toISOString(),
    expiresAt: lot.expiresAt?.toISOString() ?? null,
    units: lot.units,
  }));
  await tx.query(Prisma.sql`
    INSERT INTO "RetainerSnapshot" ("contractId", "asOf", "lots")
    VALUES (${input.contractId}::uuid, ${input.asOf}, ${JSON.stringify(lots)}::jsonb)
    ON CONFLICT ("contractId") DO UPDATE SET "asOf" = excluded."asOf", "lots" = excluded."lots", "createdAt" = now()`);
}
