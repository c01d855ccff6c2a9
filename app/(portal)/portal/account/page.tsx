import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/app/_lib/session.ts';
import { getAccountOverview } from '@/lib/server/portal/get-account-overview.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card.tsx';
import { RetainerLedger } from '@/components/clients/retainer-ledger.tsx';
import { RetainerBurndownChart } from '@/components/portal/retainer-burndown-chart.tsx';
import { RetainerForecastText } from '@/components/portal/retainer-forecast-text.tsx';
import { MonthTimeEntries } from '@/components/portal/month-time-entries.tsx';
import { formatDuration } from '@/lib/utils/format.ts';

export const metadata: Metadata = { title: 'Account' };

const UNIT_MINUTES = 15;
const toHours = (units: number) => (units * UNIT_MINUTES) / 60;

export default async function AccountPage() {
  const actor = await requirePageActor({ roles: ['customer_admin'] });
  const account = await getAccountOverview({ actor });
  const { retainer, quota } = account;
  const forecast30 = retainer?.forecasts.find((f) => f.windowDays === 30);
  const monthName = new Date(`${account.month}-15T12:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (
    <>
      <PageHeader title="Account" description={`${account.clientName}: prepaid hours, help-desk sessions and the work we did this month.`} />
      <div className="mb-6 grid gap-4 sm:grid-cols-3">
        {retainer ? (
          <Card>
            <CardHeader><CardDescription>Prepaid hours left</CardDescription><CardTitle as="h2" className="text-2xl" data-testid="retainer-balance">{formatDuration(retainer.balanceUnits * UNIT_MINUTES)}</CardTitle></CardHeader>
            <CardContent className="text-xs text-muted-foreground">{retainer.balanceUnits} units of 15 minutes</CardContent>
          </Card>
        ) : null}
        {quota.includedSessions !== 0 ? (
          <Card>
            <CardHeader><CardDescription>Help-desk sessions in {monthName}</CardDescription>
              <CardTitle as="h2" className="text-2xl" data-testid="quota-use">
                {quota.includedSessions === null ? 'Unlimited' : `${quota.usedSessions} of ${quota.includedSessions} used`}
              </CardTitle>
            </CardHeader>
          </Card>
        ) : null}
        <Card>
          <CardHeader><CardDescription>Estimates waiting for you</CardDescription><CardTitle as="h2" className="text-2xl">{account.pendingEstimates}</CardTitle></CardHeader>
          <CardContent className="text-sm"><Link className="underline" href="/portal/approvals">Review approvals</Link></CardContent>
        </Card>
      </div>
      {retainer ? (
        <Card className="mb-6">
          <CardHeader><CardTitle as="h2">Prepaid hours</CardTitle></CardHeader>
          <CardContent className="space-y-4">
            <RetainerBurndownChart
              timezone={account.timezone}
              series={retainer.series.map((p) => ({ at: p.at, hours: toHours(p.balance) }))}
              forecast={forecast30?.runOutAt ? [{ at: retainer.series.at(-1)!.at, hours: toHours(retainer.balanceUnits) }, { at: forecast30.runOutAt.getTime(), hours: 0 }] : null}
            />
            <RetainerForecastText forecasts={retainer.forecasts} timezone={account.timezone} unitMinutes={UNIT_MINUTES} />
            <details>
              <summary className="cursor-pointer text-sm font-medium">Ledger with running balance</summary>
              <div className="mt-3"><RetainerLedger retainer={retainer} timezone={account.timezone} /></div>
            </details>
          </CardContent>
        </Card>
      ) : null}
      <Card>
        <CardHeader><CardTitle as="h2">Work in {monthName}</CardTitle><CardDescription>Every piece of work with whether it was covered, drawn from prepaid hours or billable — and why.</CardDescription></CardHeader>
        <CardContent><MonthTimeEntries entries={account.entries} timezone={account.timezone} /></CardContent>
      </Card>
    </>
  );
}
