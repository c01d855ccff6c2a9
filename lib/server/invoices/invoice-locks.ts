import type { DbTx } from '@/lib/db/client.ts';
import { lockBillingScope } from '@/lib/server/billing/lock-billing-scope.ts';

/**
 * Serialises everything that writes a client's invoices (run, credit, issue, void, paid) for the
 * rest of the transaction. Advisory locks are re-entrant within a transaction.
 *
 * `relaxCommit` (the invoice run only) also lets the transaction commit without waiting for the
 * disk, in the same round trip: a database crash could then lose the last moment's drafts —
 * whole ones, never half of one — and the next run rebuilds them. Issuing never relaxes it.
 */
export async function lockInvoiceScope(tx: DbTx, clientId: string, options: { relaxCommit?: boolean } = {}): Promise<void> {
  const key = `invoice:client:${clientId}`;
  if (options.relaxCommit) {
    await tx.$executeRaw`SELECT set_config('synchronous_commit', 'off', true), pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
  } else {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
  }
}

/**
 * Holds every billing scope of the client (each contract, and work without one), in a fixed
 * order, so no entry of the client is decided again while its invoice is issued.
 */
export async function lockClientBilling(tx: DbTx, clientId: string): Promise<void> {
  const contracts = await tx.contract.findMany({ where: { clientId }, select: { id: true }, orderBy: { id: 'asc' } });
  for (const contract of contracts) await lockBillingScope(tx, { clientId, contractId: contract.id });
  await lockBillingScope(tx, { clientId, contractId: null });
}

/**
 * The next gapless invoice number: the one counter row is locked (SELECT … FOR UPDATE) until the
 * caller's transaction ends, so a rolled-back issue gives its number back and two issues never
 * share one. Take it last, to hold the lock briefly.
 */
export async function takeNextInvoiceNumber(tx: DbTx): Promise<number> {
  await tx.$executeRaw`INSERT INTO "InvoiceCounter" (id, "lastNumber") VALUES (1, 0) ON CONFLICT (id) DO NOTHING`;
  const [row] = await tx.$queryRaw<{ lastNumber: number }[]>`SELECT "lastNumber" FROM "InvoiceCounter" WHERE id = 1 FOR UPDATE`;
  const next = row.lastNumber + 1;
  await tx.$executeRaw`UPDATE "InvoiceCounter" SET "lastNumber" = ${next} WHERE id = 1`;
  return next;
}
