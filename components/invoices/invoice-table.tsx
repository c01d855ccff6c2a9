'use client';

import { DataTable } from '@/components/ui/data-table.tsx';
import { createDataTableColumnHelper } from '@/components/ui/data-table-columns.ts';
import { InvoiceStatusBadge } from '@/components/invoices/invoice-status-badge.tsx';
import { formatMoneyString } from '@/lib/utils/format.ts';
import type { InvoiceStatus } from '@/lib/db/generated/enums.ts';

/** A list row, serialisable from the server page. */
export interface InvoiceRow {
  id: string;
  number: string;
  clientName: string;
  period: string;
  status: InvoiceStatus;
  total: string;
  issuedOn: string;
  href: string;
}

const col = createDataTableColumnHelper<InvoiceRow>();
const columns = col.columns([
  col.accessor('number', { header: 'Invoice', cell: (c) => <span className="font-medium">{c.getValue() || 'Draft'}</span> }),
  col.accessor('clientName', { header: 'Client' }),
  col.accessor('period', { header: 'Period' }),
  col.accessor('status', { header: 'Status', cell: (c) => <InvoiceStatusBadge status={c.getValue()} /> }),
  col.accessor('issuedOn', { header: 'Issued', cell: (c) => c.getValue() || '—' }),
  col.accessor('total', { header: 'Total', sortFn: 'alphanumeric', cell: (c) => formatMoneyString(c.getValue()), meta: { align: 'right' } }),
]);
const customerColumns = columns.filter((column) => column.id !== 'clientName');

/** Invoices with links to each; customers do not need the client column. */
export function InvoiceTable({ rows, showClient = true, emptyMessage }: { rows: InvoiceRow[]; showClient?: boolean; emptyMessage?: string }) {
  return <DataTable columns={showClient ? columns : customerColumns} data={rows} rowHrefKey="href" paginate={false} emptyMessage={emptyMessage ?? 'No invoices.'} caption="Invoices" />;
}
