'use client';

import { DataTable } from '@/components/ui/data-table.tsx';
import { createDataTableColumnHelper } from '@/components/ui/data-table-columns.ts';
import { Badge } from '@/components/ui/badge.tsx';
import type { ContractRow } from '@/lib/server/contracts/list-contracts.ts';
import { formatDate, humanize } from '@/lib/utils/format.ts';

const col = createDataTableColumnHelper<ContractRow>();
const columns = col.columns([
  col.accessor('number', { header: 'Contract', cell: (c) => <span className="font-medium">{c.getValue()}</span> }),
  col.accessor('clientName', { header: 'Client' }),
  col.accessor('name', { header: 'Name' }),
  col.accessor('kind', { header: 'Kind', cell: (c) => `${humanize(c.getValue())}${c.row.original.tierName ? ` · ${c.row.original.tierName}` : ''}` }),
  col.accessor('status', { header: 'Status', cell: (c) => <Badge variant={c.getValue() === 'active' ? 'success' : c.getValue() === 'terminating' ? 'warning' : 'neutral'}>{humanize(c.getValue())}</Badge> }),
  col.accessor('startsOn', { header: 'Starts', cell: (c) => formatDate(c.getValue()) }),
  col.accessor('endsOn', {
    header: 'Ends',
    cell: (c) => {
      const row = c.row.original;
      if (!row.endsOn) return 'Open-ended';
      const left = row.daysLeft !== null && row.daysLeft >= 0 && row.status !== 'terminated' ? ` (${row.daysLeft} d)` : '';
      return `${formatDate(row.endsOn)}${left}${row.isAutoRenew ? ' · auto-renews' : ''}`;
    },
  }),
  col.accessor('monthly', { header: 'Monthly', cell: (c) => c.getValue() ?? '—', enableSorting: false }),
]);

export function ContractTable({ rows }: { rows: ContractRow[] }) {
  return <DataTable columns={columns} data={rows} rowHrefKey="href" paginate={false} emptyMessage="No contracts match these filters." caption="Contracts" />;
}
