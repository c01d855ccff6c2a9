import type { Metadata } from 'next';
import { ReceiptIcon } from 'lucide-react';
import { requirePageActor } from '@/app/_lib/session.ts';
import { listInvoices } from '@/lib/server/invoices/list-invoices.ts';
import { periodLabel } from '@/lib/domain/invoices/invoice-period.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { EmptyState } from '@/components/ui/empty-state.tsx';
import { Pagination } from '@/components/ui/pagination.tsx';
import { InvoiceTable } from '@/components/invoices/invoice-table.tsx';
import { formatDate } from '@/lib/utils/format.ts';

export const metadata: Metadata = { title: 'Invoices' };

export default async function PortalInvoicesPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePageActor({ roles: ['customer_admin'] });
  const list = await listInvoices({ actor, input: { page: (await searchParams).page } });
  return (
    <>
      <PageHeader title="Invoices" description="Your company’s invoices, newest first. Each line shows the work or fee it bills; open one to download its PDF." />
      {list.total === 0 ? (
        <EmptyState icon={ReceiptIcon} title="No invoices yet" description="Invoices appear here once they are issued." />
      ) : (
        <div className="space-y-3">
          <InvoiceTable
            showClient={false}
            rows={list.items.map((i) => ({
              id: i.id,
              number: String(i.number ?? ''),
              clientName: i.client.name,
              period: periodLabel(i.period),
              status: i.status,
              total: i.total,
              issuedOn: i.issuedAt ? formatDate(i.issuedAt) : '',
              href: `/portal/invoices/${i.id}`,
            }))}
          />
          <Pagination page={list.page} pageCount={list.pageCount} makeHref={(page) => `/portal/invoices?page=${page}`} />
        </div>
      )}
    </>
  );
}
