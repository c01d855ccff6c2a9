import type { Metadata } from 'next';
import Link from 'next/link';
import { orNotFound, requirePageActor } from '@/app/_lib/session.ts';
import { getInvoice } from '@/lib/server/invoices/get-invoice.ts';
import { periodLabel } from '@/lib/domain/invoices/invoice-period.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { Button } from '@/components/ui/button.tsx';
import { InvoiceLinesTable } from '@/components/invoices/invoice-lines-table.tsx';
import { InvoiceStatusBadge } from '@/components/invoices/invoice-status-badge.tsx';
import { formatDate } from '@/lib/utils/format.ts';

export const metadata: Metadata = { title: 'Invoice' };

export default async function PortalInvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor({ roles: ['customer_admin'] });
  const invoice = await orNotFound(getInvoice({ actor, input: { invoiceId: (await params).id } }));
  return (
    <>
      <PageHeader
        title={`Invoice ${invoice.number}`}
        description={
          <>
            {periodLabel(invoice.period)} · issued {formatDate(invoice.issuedAt, invoice.client.timezone)}
            {invoice.paidAt ? ` · paid ${formatDate(invoice.paidAt, invoice.client.timezone)}` : ''} · <InvoiceStatusBadge status={invoice.status} />
          </>
        }
        actions={
          <>
            <Button asChild variant="outline">
              <Link href="/portal/invoices">All invoices</Link>
            </Button>
            <Button asChild>
              <a href={`/api/invoices/${invoice.id}/pdf`} download>Download PDF</a>
            </Button>
          </>
        }
      />
      <InvoiceLinesTable lines={invoice.lines} total={invoice.total} ticketHref={(n) => `/portal/tickets/${n}`} />
      <p className="mt-3 text-sm text-muted-foreground">Time lines sum the billable work on each ticket; open a ticket to see why each piece of work was billed. Questions about this invoice? Reply on any ticket or contact your account manager.</p>
    </>
  );
}
