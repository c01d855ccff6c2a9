import { z } from 'zod';
import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import type { LedgerEntryKind } from '@/lib/db/generated/enums.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { findVisibleClient } from '@/lib/server/clients/find-visible-client.ts';
import { retainerBalance } from './retainer-balance.ts';

export interface RetainerView {
  balanceUnits: number;
  entries: { at: Date; units: number; kind: LedgerEntryKind; timeEntryId: string | null }[];
}

/** A client's retainer ledger in work-date order and its balance; customer admins see their own. */
export async function getRetainer(options: { actor: Actor | null; clientId: string }, tx: DbTx = db): Promise<RetainerView> {
  const actor = authorize(options.actor, { roles: [...STAFF_ROLES, 'customer_admin'] });
  const clientId = parseOrThrow(z.uuid('Choose a client.'), options.clientId);
  await findVisibleClient(tx, actor, clientId);
  const [entries, balanceUnits] = await Promise.all([
    tx.retainerLedgerEntry.findMany({
      where: { clientId },
      orderBy: [{ effectiveAt: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
      select: { effectiveAt: true, units: true, kind: true, timeEntryId: true },
    }),
    retainerBalance(tx, clientId),
  ]);
  return {
    balanceUnits,
    entries: entries.map((entry) => ({ at: entry.effectiveAt, units: entry.units, kind: entry.kind, timeEntryId: entry.timeEntryId })),
  };
}
