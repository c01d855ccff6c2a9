import type { TicketTimeEntryView } from '@/lib/server/tickets/get-ticket.ts';
import { Table, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table.tsx';
import { StaticMarkup } from '@/components/ui/static-markup.tsx';
import { EmptyState } from '@/components/ui/empty-state.tsx';
import { formatDateTime, formatDuration, formatMoneyString, humanize } from '@/lib/utils/format.ts';
import { DecisionCell } from './decision-cell.tsx';

/** Each piece of work with its billing decision and the reason, as technician and customer see it (rows as static markup). */
export function TimeEntryList(props: { entries: TicketTimeEntryView[]; timezone: string; showNotes: boolean }) {
  if (props.entries.length === 0) {
    return <EmptyState title="No time logged yet" description="Work logged on this ticket appears here with its billing decision." />;
  }
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>When ({props.timezone})</TableHead>
          <TableHead>Who</TableHead>
          <TableHead>Time</TableHead>
          <TableHead>Decision</TableHead>
          <TableHead className="text-right">Amount</TableHead>
        </TableRow>
      </TableHeader>
      <StaticMarkup as="tbody" data-slot="table-body" className="[&_tr:last-child]:border-0">
        {props.entries.map((entry) => (
          <TableRow key={entry.id} data-testid="time-entry">
            <TableCell className="whitespace-nowrap align-top">{formatDateTime(entry.startedAt, props.timezone)}</TableCell>
            <TableCell className="align-top">
              {entry.technicianName}
              <div className="text-xs text-muted-foreground">{humanize(entry.mode)}</div>
            </TableCell>
            <TableCell className="whitespace-nowrap align-top">{formatDuration(entry.minutes)}</TableCell>
            <TableCell className="align-top">
              <DecisionCell decision={entry.decision} notes={props.showNotes ? entry.notes : null} />
            </TableCell>
            <TableCell className="whitespace-nowrap text-right align-top">
              {entry.decision && Number(entry.decision.billableAmount) > 0 ? formatMoneyString(entry.decision.billableAmount) : '—'}
            </TableCell>
          </TableRow>
        ))}
      </StaticMarkup>
    </Table>
  );
}
