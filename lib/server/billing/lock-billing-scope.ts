import type { DbTx } from '@/lib/db/client.ts';
import { Prisma } from '@/lib/db/generated/client.ts';

/**
 * Serialises all billing work on one contract (or on a client's work without a contract) for
 * the rest of the transaction: two technicians can never both take the last unit or session.
 */
export async function lockBillingScope(tx: DbTx, scope: BillingScope): Promise<void> {
  await tx.$executeRaw(billingScopeLockStatement(scope));
}

/** lockBillingScope's statement, for transactions that run plain statements (SqlTx). */
export function billingScopeLockStatement(scope: BillingScope): Prisma.Sql {
  return Prisma.sql`SELECT pg_advisory_xact_lock(hashtextextended(${billingScopeKey(scope)}, 0))::text`;
}

export interface BillingScope {
  clientId: string;
  contractId: string | null;
}

/** The advisory lock's key, for statements that take the lock themselves. */
export function billingScopeKey(scope: BillingScope): string {
  return scope.contractId ? `billing:contract:${scope.contractId}` : `billing:client:${scope.clientId}`;
}
