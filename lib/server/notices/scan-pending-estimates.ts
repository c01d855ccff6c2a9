import type { Db } from '@/lib/db/client.ts';
import { formatDuration, formatMoneyString } from '@/lib/utils/format.ts';
import { deliverNotice, inOwnTransaction } from './deliver-notice.ts';
import { customerAdminsOf } from './recipients.ts';

export const ESTIMATE_REMINDER_DAYS = 3;

/** Estimates waiting for the customer's decision for 3 days or more → the client's customer admins, once. */
export async function scanPendingEstimates(database: Db, now: Date): Promise<number> {
  const estimates = await database.estimate.findMany({
    where: { status: 'pending', createdAt: { lte: new Date(now.getTime() - ESTIMATE_REMINDER_DAYS * 86_400_000) } },
    select: { id: true, clientId: true, description: true, minutes: true, amount: true, ticket: { select: { number: true, subject: true } } },
  });
  let created = 0;
  for (const estimate of estimates) {
    const size = estimate.amount ? formatMoneyString(estimate.amount.toFixed(2)) : formatDuration(estimate.minutes ?? 0);
    created += await inOwnTransaction(database, `estimate-pending:${estimate.id}`, async (tx) =>
      deliverNotice(tx, await customerAdminsOf(tx, estimate.clientId), {
        kind: 'estimate_pending',
        title: `An estimate for ticket #${estimate.ticket.number} is waiting for your approval`,
        body: `“${estimate.description}” (${size}) on “${estimate.ticket.subject}” has waited ${ESTIMATE_REMINDER_DAYS} days or more. The work starts once you approve it.`,
        link: '/portal/approvals',
        dedupeKey: `estimate-pending:${estimate.id}`,
      }),
    );
  }
  return created;
}
