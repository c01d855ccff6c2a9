import type { DbTx } from '@/lib/db/client.ts';

/**
 * Serialises all billing work on one contract (or on a client's work without a contract) for
 * the rest of the transaction: two technicians can never both take the last unit or session.
 */
export async function lockBillingScope(tx: DbTx, scope: { clientId: string; contractId: string | null }): Promise<void> {
  const key = scope.contractId ? `billing:contract:${scope.contractId}` : `billing:client:${scope.clientId}`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}
