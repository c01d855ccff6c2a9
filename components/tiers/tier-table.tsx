'use client';

import { DataTable } from '@/components/ui/data-table.tsx';
import { createDataTableColumnHelper } from '@/components/ui/data-table-columns.ts';
import { Badge } from '@/components/ui/badge.tsx';
import type { TierRow } from '@/lib/server/tiers/list-tiers.ts';
import { formatDate, formatMoneyString } from '@/lib/utils/format.ts';

const col = createDataTableColumnHelper<TierRow>();
const columns = col.columns([
  col.accessor('name', { header: 'Tier', cell: (c) => <span className="font-medium">{c.getValue()}{c.row.original.isRetired ? <Badge className="ml-2">Retired</Badge> : null}</span> }),
  col.accessor('currentVersion', {
    header: 'Version',
    cell: (c) => {
      const scheduled = c.row.original.scheduled;
      return <>v{c.getValue()}{scheduled ? <span className="text-muted-foreground"> · v{scheduled.version} from {formatDate(scheduled.effectiveFrom)}</span> : null}</>;
    },
  }),
  col.accessor('supportHours', { header: 'Support hours' }),
  col.accessor('helpdesk', { header: 'Help desk' }),
  col.accessor('standardRate', { header: 'Standard rate', cell: (c) => `${formatMoneyString(c.getValue())}/h`, meta: { align: 'right' } }),
  col.accessor('activeContracts', { header: 'Active contracts', meta: { align: 'right' } }),
]);

export function TierTable({ rows }: { rows: TierRow[] }) {
  return <DataTable columns={columns} data={rows} rowHrefKey="href" paginate={false} emptyMessage="No tiers yet." caption="Service tiers" />;
}
