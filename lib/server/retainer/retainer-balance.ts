import type { DbTx } from '@/lib/db/client.ts';

/** The ledger is never a stored balance: the balance is the sum of its entries. */
export async function retainerBalance(tx: DbTx, clientId: string): Promise<number> {
  const sum = await tx.retainerLedgerEntry.aggregate({ where: { clientId }, _sum: { units: true } });
  return sum._sum.units ?? 0;
}
