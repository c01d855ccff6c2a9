import type { Metadata } from 'next';
import Link from 'next/link';
import { orNotFound, requirePageActor } from '@/app/_lib/session.ts';
import { MANAGER_ROLES, STAFF_ROLES } from '@/lib/auth/roles.ts';
import { getInvoice } from '@/lib/server/invoices/get-invoice.ts';
import { periodLabel } from '@/lib/domain/invoices/invoice-period.ts';
import { addCreditLineAction, issueInvoiceAction, markInvoicePaidAction, voidInvoiceAction } from '@/app/_actions/invoice-actions.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { ActionForm } from '@/components/forms/action-form.tsx';
import { Button } from '@/components/ui/button.tsx';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card.tsx';
import { FormField } from '@/components/ui/form-field.tsx';
import { Input } from '@/components/ui/input.tsx';
import { InvoiceActions } from '@/components/invoices/invoice-actions.tsx';
import { InvoiceLinesTable } from '@/components/invoices/invoice-lines-table.tsx';
import { InvoiceStatusBadge } from '@/components/invoices/invoice-status-badge.tsx';
import { formatDate, formatDateTime, formatMoneyString } from '@/lib/utils/format.ts';

export const metadata: Metadata = { title: 'Invoice' };

export default async function InvoicePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor({ roles: STAFF_ROLES });
  const invoice = await orNotFound(getInvoice({ actor, input: { invoiceId: (await params).id } }));
  const canManage = (MANAGER_ROLES as readonly string[]).includes(actor.role);
  const label = invoice.number ? `invoice ${invoice.number}` : `the draft for ${invoice.client.name}`;
  const title = invoice.number ? `Invoice ${invoice.number}` : 'Draft invoice';
  return (
    <>
      <PageHeader
        title={title}
        description={
          <>
            <Link className="underline" href={`/console/clients/${invoice.client.id}`}>{invoice.client.name}</Link> ({invoice.client.code}) · {periodLabel(invoice.period)} ({formatDate(invoice.periodStart)} – {formatDate(invoice.periodEnd)}) · <InvoiceStatusBadge status={invoice.status} />
          </>
        }
        actions={
          <>
            <Button asChild variant="outline">
              <Link href={`/console/invoices?period=${invoice.period}`}>All of {periodLabel(invoice.period)}</Link>
            </Button>
            <Button asChild variant="outline">
              <a href={`/api/invoices/${invoice.id}/pdf`} download>PDF</a>
            </Button>
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <InvoiceLinesTable lines={invoice.lines} total={invoice.total} ticketHref={(n) => `/console/tickets/${n}`} />
        </div>
        <aside className="space-y-6">
          <Card>
            <CardHeader><CardTitle as="h2">Status</CardTitle></CardHeader>
            <CardContent className="space-y-3 text-sm">
              <dl className="grid grid-cols-2 gap-1">
                <dt className="text-muted-foreground">Total</dt><dd className="font-semibold">{formatMoneyString(invoice.total)}</dd>
                <dt className="text-muted-foreground">Time entries</dt><dd>{invoice.entryCount}{invoice.status === 'draft' ? ' (locked when issued)' : ' (locked)'}</dd>
                <dt className="text-muted-foreground">Issued</dt><dd>{formatDateTime(invoice.issuedAt)}</dd>
                <dt className="text-muted-foreground">Paid</dt><dd>{formatDateTime(invoice.paidAt)}</dd>
                {invoice.voidedAt ? <><dt className="text-muted-foreground">Void</dt><dd>{formatDateTime(invoice.voidedAt)}</dd></> : null}
              </dl>
              {canManage ? (
                <InvoiceActions invoiceId={invoice.id} status={invoice.status} label={label} total={formatMoneyString(invoice.total)} issue={issueInvoiceAction} markPaid={markInvoicePaidAction} voidInvoice={voidInvoiceAction} />
              ) : null}
            </CardContent>
          </Card>
          {canManage && invoice.status === 'draft' ? (
            <Card>
              <CardHeader><CardTitle as="h2">Add a credit line</CardTitle></CardHeader>
              <CardContent>
                <ActionForm action={addCreditLineAction} label="Add a credit line" submitLabel="Add credit" submitVariant="outline">
                  <input type="hidden" name="invoiceId" value={invoice.id} />
                  <FormField id="credit-amount" label="Amount to credit" hint="A positive amount, e.g. 125.50; it is subtracted from the total." required>
                    <Input name="amount" inputMode="decimal" placeholder="0.00" required />
                  </FormField>
                  <FormField id="credit-reason" label="Reason" hint="Shown on the invoice. To correct an issued invoice, name it here." required>
                    <Input name="reason" required minLength={3} maxLength={300} />
                  </FormField>
                </ActionForm>
              </CardContent>
            </Card>
          ) : null}
          {canManage && invoice.status !== 'draft' ? (
            <p className="text-sm text-muted-foreground">Issued invoices do not change. To correct this one, add a credit line to {invoice.client.name}’s next draft and name invoice {invoice.number} in the reason.</p>
          ) : null}
        </aside>
      </div>
    </>
  );
}
