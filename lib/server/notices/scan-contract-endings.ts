import type { Db } from '@/lib/db/client.ts';
import { formatDate } from '@/lib/utils/format.ts';
import { deliverNotice, inOwnTransaction } from './deliver-notice.ts';
import { candidateRange, daysUntil, noticeBucket } from './expiry-window.ts';
import { staffFor } from './recipients.ts';

/** Contracts ending in 90/60/30 days → the client's account manager and the admins. */
export async function scanContractEndings(database: Db, now: Date): Promise<number> {
  const contracts = await database.contract.findMany({
    where: { status: 'active', endsOn: candidateRange(now) },
    select: { id: true, number: true, name: true, endsOn: true, isAutoRenew: true, noticePeriodDays: true, client: { select: { name: true, timezone: true, accountManagerId: true } } },
  });
  let created = 0;
  for (const contract of contracts) {
    const days = daysUntil(contract.endsOn!, contract.client.timezone, now);
    const bucket = noticeBucket(days);
    if (!bucket) continue;
    const endsOn = contract.endsOn!.toISOString().slice(0, 10);
    const renewal = contract.isAutoRenew ? 'It renews automatically unless notice is given' : 'It does not renew automatically';
    created += await inOwnTransaction(database, `contract-ending:${contract.id}`, async (tx) =>
      deliverNotice(tx, await staffFor(tx, contract.client.accountManagerId), {
        kind: 'contract_ending',
        title: `Contract ${contract.number} (${contract.client.name}) ends in ${days} day${days === 1 ? '' : 's'}`,
        body: `${contract.name} for ${contract.client.name} ends on ${formatDate(endsOn)}. ${renewal} (notice period ${contract.noticePeriodDays} days).`,
        link: `/console/contracts/${contract.id}`,
        dedupeKey: `contract-ending:${bucket}:${contract.id}:${endsOn}`,
      }),
    );
  }
  return created;
}
