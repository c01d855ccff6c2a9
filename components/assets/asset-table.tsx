'use client';

import { DataTable } from '@/components/ui/data-table.tsx';
import { createDataTableColumnHelper } from '@/components/ui/data-table-columns.ts';
import { Badge } from '@/components/ui/badge.tsx';
import { formatDate, humanize } from '@/lib/utils/format.ts';

export interface AssetRow {
  id: string;
  name: string;
  clientName: string;
  class: string;
  makeModel: string;
  siteName: string | null;
  lifecycle: string;
  isSupported: boolean;
  /** YYYY-MM-DD */
  warrantyExpiresOn: string | null;
  licenceExpiresOn: string | null;
  href: string;
}

const col = createDataTableColumnHelper<AssetRow>();
const date = (value: string | null) => (value ? formatDate(value) : <span className="text-muted-foreground">—</span>);

const columns = col.columns([
  col.accessor('name', { header: 'Name', enableSorting: false }),
  col.accessor('clientName', { header: 'Client', enableSorting: false }),
  col.accessor('class', { header: 'Class', enableSorting: false, cell: (c) => humanize(c.getValue()) }),
  col.accessor('makeModel', { header: 'Make / model', enableSorting: false }),
  col.accessor('siteName', { header: 'Site', enableSorting: false, cell: (c) => c.getValue() ?? <span className="text-muted-foreground">—</span> }),
  col.accessor('lifecycle', {
    header: 'Status',
    enableSorting: false,
    cell: (c) => (
      <span className="flex flex-wrap gap-1">
        <Badge variant={c.getValue() === 'retired' ? 'neutral' : c.getValue() === 'in_repair' ? 'warning' : 'success'}>{humanize(c.getValue())}</Badge>
        {c.row.original.isSupported ? null : <Badge variant="danger">Unsupported</Badge>}
      </span>
    ),
  }),
  col.accessor('warrantyExpiresOn', { header: 'Warranty', enableSorting: false, cell: (c) => date(c.getValue()) }),
  col.accessor('licenceExpiresOn', { header: 'Licence', enableSorting: false, cell: (c) => date(c.getValue()) }),
]);

/** One server-sorted, server-paged page of the CMDB. */
export function AssetTable(props: { rows: AssetRow[]; emptyMessage: string }) {
  return <DataTable columns={columns} data={props.rows} getRowId={(row) => row.id} rowHrefKey="href" linkColumnId="name" paginate={false} emptyMessage={props.emptyMessage} caption="Assets" />;
}
