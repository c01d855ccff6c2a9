import { z } from 'zod';
import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { clientMonthBounds } from '@/lib/domain/billing/index.ts';
import { localDateKey } from '@/lib/domain/calendar/index.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { findVisibleClient } from '@/lib/server/clients/find-visible-client.ts';
import { loadTierVersions, tierVersionAt } from './load-terms.ts';

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export const quotaUsageSchema = z.object({
  clientId: z.uuid('Choose a client.'),
  month: z.string({ error: 'Give the month as YYYY-MM.' }).regex(MONTH_PATTERN, 'Give the month as YYYY-MM.'),
});

export interface QuotaUsage {
  /** sessions the tier includes that month; null when the help desk is unlimited, 0 without a managed tier */
  includedSessions: number | null;
  usedSessions: number;
}

/**
 * Help-desk sessions of a client's month (in the client's timezone): what the managed tier in
 * force at the month's start includes, and what the current decisions of that month's work used.
 */
export async function getQuotaUsage(
  options: { actor: Actor | null; input: z.input<typeof quotaUsageSchema> },
  tx: DbTx = db,
): Promise<QuotaUsage> {
  const actor = authorize(options.actor, { roles: [...STAFF_ROLES, 'customer_admin'] });
  const input = parseOrThrow(quotaUsageSchema, options.input);
  const client = await findVisibleClient(tx, actor, input.clientId);
  const { start, end } = clientMonthBounds(client.timezone, input.month);
  const firstDay = new Date(localDateKey(client.timezone, start));
  const lastDay = new Date(localDateKey(client.timezone, new Date(end.getTime() - 1)));

  const contract = await tx.contract.findFirst({
    where: {
      clientId: client.id,
      kind: 'managed',
      status: 'active',
      tierId: { not: null },
      startsOn: { lte: lastDay },
      OR: [{ endsOn: null }, { endsOn: { gte: firstDay } }],
    },
    orderBy: { startsOn: 'asc' },
    select: { tierId: true },
  });
  const tier = contract?.tierId ? tierVersionAt(await loadTierVersions(tx, contract.tierId, client.timezone), start) : null;
  const used = await tx.billingDecision.aggregate({
    where: { isCurrent: true, timeEntry: { clientId: client.id, startedAt: { gte: start, lt: end } } },
    _sum: { quotaSessions: true },
  });
  return {
    includedSessions: tier ? tier.helpdeskSessionsPerMonth : 0,
    usedSessions: used._sum.quotaSessions ?? 0,
  };
}
