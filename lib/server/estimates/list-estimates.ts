import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { clientScopeFor } from '@/lib/db/scope.ts';

/** Estimates awaiting consent: a customer admin's own company's, or all for staff. */
export async function listPendingEstimates(options: { actor: Actor | null }, tx: DbTx = db) {
  const actor = authorize(options.actor, { roles: ['customer_admin', ...STAFF_ROLES] });
  const rows = await tx.estimate.findMany({
    where: { ...clientScopeFor(actor), status: 'pending' },
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      description: true,
      minutes: true,
      amount: true,
      createdAt: true,
      requestedBy: { select: { name: true } },
      ticket: { select: { number: true, subject: true } },
    },
  });
  return rows.map((row) => ({ ...row, amount: row.amount?.toFixed(2) ?? null }));
}
