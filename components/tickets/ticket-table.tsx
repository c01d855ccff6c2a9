'use client';

import { DataTable } from '@/components/ui/data-table.tsx';
import { createDataTableColumnHelper } from '@/components/ui/data-table-columns.ts';
import { Badge, type BadgeVariant } from '@/components/ui/badge.tsx';
import { describeDue, humanize } from '@/lib/utils/format.ts';

export interface TicketRow {
  number: number;
  subject: string;
  clientName: string;
  type: string;
  priority: string;
  status: string;
  assigneeName: string | null;
  resolutionDueAt: string | null;
  href: string;
}

const col = createDataTableColumnHelper<TicketRow>();

const columns = col.columns([
  col.accessor('number', { header: '#', cell: (c) => `#${c.getValue()}` }),
  col.accessor('subject', { header: 'Subject' }),
  col.accessor('clientName', { header: 'Client' }),
  col.accessor('type', { header: 'Type', cell: (c) => humanize(c.getValue()) }),
  col.accessor('priority', { header: 'Priority', cell: (c) => <Badge variant={c.getValue() as BadgeVariant}>{c.getValue()}</Badge> }),
  col.accessor('status', { header: 'Status', cell: (c) => humanize(c.getValue()) }),
  col.accessor('assigneeName', { header: 'Assignee', cell: (c) => c.getValue() ?? <span className="text-muted-foreground">Unassigned</span> }),
  col.accessor('resolutionDueAt', {
    header: 'Resolution',
    sortFn: 'datetime',
    cell: (c) => {
      const value = c.getValue();
      const due = describeDue(value ? new Date(value) : null);
      if (!due) return <span className="text-muted-foreground">No target</span>;
      return <span className={due.isOverdue ? 'font-medium text-destructive' : ''}>{due.text}</span>;
    },
  }),
]);

/** The ticket list of every face; the portal hides the client and assignee columns. */
export function TicketTable(props: { rows: TicketRow[]; emptyMessage: string; isCustomerView?: boolean }) {
  const visible = props.isCustomerView ? columns.filter((c) => !['clientName', 'assigneeName'].includes(String(c.id ?? (c as { accessorKey?: string }).accessorKey))) : columns;
  return <DataTable columns={visible} data={props.rows} rowHrefKey="href" linkColumnId="subject" paginate={false} emptyMessage={props.emptyMessage} caption="Tickets" />;
}
