import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { monthKey } from '@/lib/domain/calendar/index.ts';
import { balanceSeries, forecastRunOut, type BalancePoint, type RetainerForecast } from '@/lib/domain/retainer/forecast.ts';
import { notFound } from '@/lib/errors/app-error.ts';
import { listPendingEstimates } from '@/lib/server/estimates/list-estimates.ts';
import { getQuotaUsage, type QuotaUsage } from '@/lib/server/billing/get-quota-usage.ts';
import { getRetainer, type RetainerView } from '@/lib/server/retainer/get-retainer.ts';
import { listMonthTimeEntries, type MonthTimeEntry } from './list-month-time-entries.ts';

export interface AccountOverview {
  clientName: string;
  timezone: string;
  month: string;
  retainer: (RetainerView & { series: BalancePoint[]; forecasts: RetainerForecast[] }) | null;
  quota: QuotaUsage;
  entries: MonthTimeEntry[];
  pendingEstimates: number;
}

/**
 * The customer admin's money page: retainer balance with its ledger, burn-down and forecast;
 * this month's help-desk quota; this month's work with each decision; estimates awaiting them.
 */
export async function getAccountOverview(options: { actor: Actor | null; now?: Date }, tx: DbTx = db): Promise<AccountOverview> {
  const actor = authorize(options.actor, { roles: ['customer_admin'] });
  const now = options.now ?? new Date();
  const client = await tx.client.findUnique({ where: { id: actor.clientId! }, select: { id: true, name: true, timezone: true } });
  if (!client) throw notFound('Your company');
  const month = monthKey(client.timezone, now);
  const [retainer, quota, entries, pending] = await Promise.all([
    getRetainer({ actor, clientId: client.id }, tx),
    getQuotaUsage({ actor, input: { clientId: client.id, month } }, tx),
    listMonthTimeEntries({ actor, month }, tx),
    listPendingEstimates({ actor }, tx),
  ]);
  // draws and their reversals are the burn; purchases, expiries and adjustments are not
  const consumption = retainer.entries.filter((e) => e.timeEntryId).map((e) => ({ at: e.at, units: -e.units }));
  return {
    clientName: client.name,
    timezone: client.timezone,
    month,
    retainer: retainer.entries.length
      ? {
          ...retainer,
          series: balanceSeries(retainer.entries, now),
          forecasts: [30, 60].map((windowDays) => forecastRunOut({ balanceUnits: retainer.balanceUnits, consumption, now, windowDays })),
        }
      : null,
    quota,
    entries,
    pendingEstimates: pending.length,
  };
}
