import type { Metadata } from 'next';
import { ReceiptIcon } from 'lucide-react';
import { requirePageActor } from '@/app/_lib/session.ts';
import { MANAGER_ROLES, STAFF_ROLES } from '@/lib/auth/roles.ts';
import { isAppError } from '@/lib/errors/app-error.ts';
import { PERIOD_PATTERN, periodLabel, utcPeriodOf } from '@/lib/domain/invoices/invoice-period.ts';
import { listInvoices } from '@/lib/server/invoices/list-invoices.ts';
import { listClientChoices } from '@/lib/server/assets/asset-choices.ts';
import { runInvoicesAction } from '@/app/_actions/invoice-actions.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { ActionForm } from '@/components/forms/action-form.tsx';
import { Button } from '@/components/ui/button.tsx';
import { Card, CardContent } from '@/components/ui/card.tsx';
import { EmptyState } from '@/components/ui/empty-state.tsx';
import { FormErrors } from '@/components/ui/field-errors.tsx';
import { Pagination } from '@/components/ui/pagination.tsx';
import { InvoiceFilters, type InvoiceFilterValues } from '@/components/invoices/invoice-filters.tsx';
import { InvoiceTable } from '@/components/invoices/invoice-table.tsx';
import { formatDate, formatMoneyString } from '@/lib/utils/format.ts';

export const metadata: Metadata = { title: 'Invoices' };

const BASE = '/console/invoices';
type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const one = (value: string | string[] | undefined) => (typeof value === 'string' && value !== '' ? value : undefined);

export default async function InvoicesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor({ roles: STAFF_ROLES });
  const params = await searchParams;
  const requested = one(params.period);
  const period = requested && PERIOD_PATTERN.test(requested) ? requested : utcPeriodOf(new Date());
  const filters: InvoiceFilterValues = { period, status: one(params.status), clientId: one(params.clientId) };
  const canRun = (MANAGER_ROLES as readonly string[]).includes(actor.role);

  let list: Awaited<ReturnType<typeof listInvoices>> | null = null;
  let filterError: string | null = null;
  try {
    list = await listInvoices({ actor, input: { ...filters, page: one(params.page) } });
  } catch (error) {
    if (!isAppError(error) || error.code !== 'invalid') throw error;
    filterError = error.message;
  }
  const clients = await listClientChoices({ actor });
  const query = (extra: Record<string, string>) => new URLSearchParams(Object.entries({ ...filters, ...extra }).filter((e): e is [string, string] => Boolean(e[1]))).toString();

  return (
    <>
      <PageHeader
        title="Invoices"
        description={`One invoice per client per month: recurring fees, billable time, retainer purchases, overage and approved flat fees. ${periodLabel(period)} is shown.`}
        actions={
          <Button asChild variant="outline">
            <a href={`/api/invoices/export?period=${period}`} download>Export {periodLabel(period)} (CSV)</a>
          </Button>
        }
      />
      <div className="space-y-4">
        <InvoiceFilters basePath={BASE} values={filters} clients={clients} />
        {canRun ? (
          <ActionForm action={runInvoicesAction} label="Run invoices" submitLabel={`Run invoices for ${periodLabel(period)}`} pendingLabel="Running…" className="flex flex-wrap items-center gap-3">
            <input type="hidden" name="period" value={period} />
            <p className="text-sm text-muted-foreground">Drafts every client’s invoice for the month (each in the client’s own timezone); running again updates drafts and never touches issued ones.</p>
          </ActionForm>
        ) : null}
        {filterError ? <FormErrors error={filterError} /> : null}
        {list ? (
          <>
            <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5" data-testid="invoice-totals">
              {(['draft', 'issued', 'paid', 'void'] as const).map((status) => (
                <Card key={status}>
                  <CardContent className="py-3 text-sm">
                    <div className="text-muted-foreground capitalize">{status}</div>
                    <div className="font-semibold">{formatMoneyString(list.byStatus[status]?.total ?? '0')} <span className="font-normal text-muted-foreground">· {list.byStatus[status]?.count ?? 0}</span></div>
                  </CardContent>
                </Card>
              ))}
              <Card>
                <CardContent className="py-3 text-sm">
                  <div className="text-muted-foreground">Billed (all but void)</div>
                  <div className="font-semibold">{formatMoneyString(list.billedTotal)}</div>
                </CardContent>
              </Card>
            </div>
            {list.total === 0 && !filters.status && !filters.clientId ? (
              <EmptyState icon={ReceiptIcon} title={`No invoices for ${periodLabel(period)}`} description={canRun ? 'Run the month to draft every client’s invoice.' : 'An account manager drafts them by running the month.'} />
            ) : (
              <InvoiceTable
                emptyMessage="No invoices match these filters."
                rows={list.items.map((i) => ({
                  id: i.id,
                  number: i.number ? String(i.number) : '',
                  clientName: i.client.name,
                  period: periodLabel(i.period),
                  status: i.status,
                  total: i.total,
                  issuedOn: i.issuedAt ? formatDate(i.issuedAt) : '',
                  href: `${BASE}/${i.id}`,
                }))}
              />
            )}
            <Pagination page={list.page} pageCount={list.pageCount} totalCount={list.total} pageSize={list.pageSize} makeHref={(page) => `${BASE}?${query({ page: String(page) })}`} />
          </>
        ) : null}
      </div>
    </>
  );
}
