'use client';

import { DataTable } from '@/components/ui/data-table.tsx';
import { createDataTableColumnHelper } from '@/components/ui/data-table-columns.ts';
import { Badge } from '@/components/ui/badge.tsx';
import type { ClientSummary, TierSummary } from '@/lib/server/admin/admin-overview.ts';
import { formatMoneyString, humanize } from '@/lib/utils/format.ts';

const tierCol = createDataTableColumnHelper<TierSummary>();
const tierColumns = tierCol.columns([
  tierCol.accessor('name', { header: 'Tier', cell: (c) => <span className="font-medium">{c.getValue()}{c.row.original.isRetired ? <Badge className="ml-2">Retired</Badge> : null}</span> }),
  tierCol.accessor('version', { header: 'Version', cell: (c) => `v${c.getValue()}` }),
  tierCol.accessor('supportHours', { header: 'Support hours' }),
  tierCol.accessor('channels', { header: 'Channels', enableSorting: false, cell: (c) => c.getValue().map(humanize).join(', ') }),
  tierCol.accessor('helpdesk', { header: 'Help desk' }),
  tierCol.accessor('standardRate', { header: 'Standard rate', cell: (c) => `${formatMoneyString(c.getValue())}/h`, meta: { align: 'right' } }),
  tierCol.accessor('clientCount', { header: 'Active contracts', meta: { align: 'right' } }),
]);

const clientCol = createDataTableColumnHelper<ClientSummary>();
const clientColumns = clientCol.columns([
  clientCol.accessor('name', { header: 'Client', cell: (c) => <span className="font-medium">{c.getValue()}</span> }),
  clientCol.accessor('status', { header: 'Status', cell: (c) => humanize(c.getValue()) }),
  clientCol.accessor('agreement', { header: 'Agreement' }),
  clientCol.accessor('timezone', { header: 'Timezone' }),
  clientCol.accessor('accountManager', { header: 'Account manager', cell: (c) => c.getValue() ?? '—' }),
  clientCol.accessor('isMonitoringOptedOut', { header: 'Monitoring', cell: (c) => (c.getValue() ? <Badge variant="warning">Opted out</Badge> : 'On') }),
  clientCol.accessor('openTickets', { header: 'Open tickets', meta: { align: 'right' } }),
]);

export function TierTable({ rows }: { rows: TierSummary[] }) {
  return <DataTable columns={tierColumns} data={rows} paginate={false} emptyMessage="No tiers yet." caption="Service tiers" />;
}

export function ClientTable({ rows }: { rows: ClientSummary[] }) {
  return <DataTable columns={clientColumns} data={rows} rowHrefKey="href" searchable searchPlaceholder="Search clients…" emptyMessage="No clients yet." caption="Clients" />;
}
