import type { Db } from '@/lib/db/client.ts';
import { formatDuration } from '@/lib/utils/format.ts';
import { deliverNotice, inOwnTransaction } from './deliver-notice.ts';
import { accountManagerOf, customerAdminsOf } from './recipients.ts';

/**
 * Retainers whose balance is below their low-balance threshold → the client's customer admins
 * and account manager. Once per block: the key names the latest purchase or top-up, so a new
 * sale that later runs low again raises a new notice.
 */
export async function scanLowRetainers(database: Db): Promise<number> {
  const contracts = await database.contract.findMany({
    where: { kind: 'retainer', status: 'active', lowBalanceUnits: { not: null } },
    select: { id: true, number: true, clientId: true, lowBalanceUnits: true, client: { select: { name: true, accountManagerId: true } } },
  });
  if (contracts.length === 0) return 0;
  const sums = await database.retainerLedgerEntry.groupBy({ by: ['contractId'], where: { contractId: { in: contracts.map((c) => c.id) } }, _sum: { units: true } });
  const balanceOf = new Map(sums.map((s) => [s.contractId, s._sum.units ?? 0]));
  let created = 0;
  for (const contract of contracts) {
    const balance = balanceOf.get(contract.id) ?? 0;
    if (balance >= contract.lowBalanceUnits!) continue;
    const lastSale = await database.retainerLedgerEntry.findFirst({
      where: { contractId: contract.id, kind: { in: ['purchase', 'top_up'] } },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { id: true },
    });
    const notice = {
      kind: 'retainer_low',
      title: `Prepaid hours running low: ${balance} unit${balance === 1 ? '' : 's'} left (${contract.client.name})`,
      body: `The retainer ${contract.number} has ${balance} units (${formatDuration(Math.max(balance, 0) * 15)}) left, below the ${contract.lowBalanceUnits}-unit threshold. Work past the balance is billed at the overage rate; a top-up keeps it prepaid.`,
      dedupeKey: `retainer-low:${contract.id}:${lastSale?.id ?? 'none'}`,
    };
    created += await inOwnTransaction(database, notice.dedupeKey, async (tx) => {
      const customers = await customerAdminsOf(tx, contract.clientId);
      const manager = await accountManagerOf(tx, contract.client.accountManagerId);
      return (await deliverNotice(tx, customers, { ...notice, link: null })) + (await deliverNotice(tx, manager, { ...notice, link: `/console/contracts/${contract.id}` }));
    });
  }
  return created;
}
