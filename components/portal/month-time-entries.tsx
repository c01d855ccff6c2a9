import Link from 'next/link';
import type { MonthTimeEntry } from '@/lib/server/portal/list-month-time-entries.ts';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table.tsx';
import { EmptyState } from '@/components/ui/empty-state.tsx';
import { DecisionCell } from '@/components/billing/decision-cell.tsx';
import { formatDateTime, formatDuration, formatMoneyString } from '@/lib/utils/format.ts';

/** This month's work for the whole company, each with its billing outcome and the reason. */
export function MonthTimeEntries(props: { entries: MonthTimeEntry[]; timezone: string }) {
  if (props.entries.length === 0) return <EmptyState title="No work logged this month" description="Time our technicians log on your tickets appears here with whether it was covered." />;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>When</TableHead>
          <TableHead>Ticket</TableHead>
          <TableHead>Time</TableHead>
          <TableHead>Outcome and reason</TableHead>
          <TableHead className="text-right">Amount</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.entries.map((entry) => (
          <TableRow key={entry.id} data-testid="month-entry">
            <TableCell className="whitespace-nowrap align-top">{formatDateTime(entry.startedAt, props.timezone)}</TableCell>
            <TableCell className="min-w-40 align-top">
              <Link className="underline" href={`/portal/tickets/${entry.ticket.number}`}>#{entry.ticket.number}</Link> {entry.ticket.subject}
              <div className="text-xs text-muted-foreground">{entry.technicianName}</div>
            </TableCell>
            <TableCell className="whitespace-nowrap align-top">{formatDuration(entry.minutes)}</TableCell>
            <TableCell className="min-w-56 align-top">
              <DecisionCell decision={entry.decision} />
            </TableCell>
            <TableCell className="whitespace-nowrap text-right align-top">
              {entry.decision && Number(entry.decision.billableAmount) > 0 ? formatMoneyString(entry.decision.billableAmount) : '—'}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
