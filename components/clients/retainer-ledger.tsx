import type { RetainerView } from '@/lib/server/retainer/get-retainer.ts';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table.tsx';
import { EmptyState } from '@/components/ui/empty-state.tsx';
import { formatDateTime, formatDuration, humanize } from '@/lib/utils/format.ts';

function withRunningBalance(entries: RetainerView['entries']) {
  return entries.reduce<(RetainerView['entries'][number] & { running: number })[]>((rows, entry) => {
    const previous = rows.at(-1)?.running ?? 0;
    return [...rows, { ...entry, running: previous + entry.units }];
  }, []);
}

/** The ledger with a running balance; the balance is always the sum of the entries. */
export function RetainerLedger({ retainer, timezone }: { retainer: RetainerView; timezone: string }) {
  if (retainer.entries.length === 0) return <EmptyState title="No retainer entries" description="Purchases, draws and corrections appear here." />;
  const rows = withRunningBalance(retainer.entries);
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>When</TableHead>
          <TableHead>Entry</TableHead>
          <TableHead className="text-right">Units</TableHead>
          <TableHead className="text-right">Balance</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.reverse().map((row, index) => (
          <TableRow key={index} data-testid="ledger-row">
            <TableCell>{formatDateTime(row.at, timezone)}</TableCell>
            <TableCell>{humanize(row.kind)}</TableCell>
            <TableCell className="text-right tabular-nums">{row.units > 0 ? `+${row.units}` : row.units}</TableCell>
            <TableCell className="text-right tabular-nums">{row.running} ({formatDuration(row.running * 15)})</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
