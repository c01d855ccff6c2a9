import type { Db } from '@/lib/db/client.ts';
import { formatDate } from '@/lib/utils/format.ts';
import { deliverNotice, inOwnTransaction } from './deliver-notice.ts';
import { candidateRange, daysUntil, noticeBucket } from './expiry-window.ts';
import { customerAdminsOf, staffFor } from './recipients.ts';

const WHAT = { warranty: 'warranty', licence: 'licence' } as const;

/** Warranties and licences expiring in 90/60/30 days → account manager, admins and the client's customer admins. */
export async function scanAssetExpiries(database: Db, now: Date): Promise<number> {
  const range = candidateRange(now);
  const assets = await database.asset.findMany({
    where: { lifecycle: { not: 'retired' }, OR: [{ warrantyExpiresOn: range }, { licenceExpiresOn: range }] },
    select: { id: true, name: true, clientId: true, warrantyExpiresOn: true, licenceExpiresOn: true, client: { select: { name: true, timezone: true, accountManagerId: true } } },
  });
  let created = 0;
  for (const asset of assets) {
    for (const kind of ['warranty', 'licence'] as const) {
      const date = kind === 'warranty' ? asset.warrantyExpiresOn : asset.licenceExpiresOn;
      if (!date) continue;
      const days = daysUntil(date, asset.client.timezone, now);
      const bucket = noticeBucket(days);
      if (!bucket) continue;
      const on = date.toISOString().slice(0, 10);
      const notice = {
        kind: `${kind}_expiring`,
        title: `The ${WHAT[kind]} of ${asset.name} (${asset.client.name}) expires in ${days} day${days === 1 ? '' : 's'}`,
        body: `The ${WHAT[kind]} of ${asset.name} expires on ${formatDate(on)}. Renew it to keep it covered.`,
        dedupeKey: `${kind}-expiring:${bucket}:${asset.id}:${on}`,
      };
      // the same key for everyone; staff get the CMDB link, customers none (they have no CMDB page)
      created += await inOwnTransaction(database, notice.dedupeKey, async (tx) => {
        const staff = await staffFor(tx, asset.client.accountManagerId);
        const customers = await customerAdminsOf(tx, asset.clientId);
        return (await deliverNotice(tx, staff, { ...notice, link: `/console/assets/${asset.id}` })) + (await deliverNotice(tx, customers, { ...notice, link: null }));
      });
    }
  }
  return created;
}
