import Link from 'next/link';
import { Badge, type BadgeVariant } from '@/components/ui/badge.tsx';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table.tsx';
import { RowClickNavigation } from '@/components/ui/row-click-navigation.tsx';
import type { TicketListItem } from '@/lib/server/tickets/ticket-list-item.ts';
import { describeDue, humanize } from '@/lib/utils/format.ts';

const HEADERS = ['#', 'Subject', 'Client', 'Type', 'Priority', 'Status', 'Assignee', 'Resolution'];

/**
 * One page of a staff queue, rendered on the server: the queue is already in SLA order (the
 * server pages through it), so there is nothing to sort or filter in the browser.
 */
export function QueueTable(props: { items: TicketListItem[]; emptyMessage: string; now: Date }) {
  return (
    <div className="rounded-lg border bg-card">
      <Table>
        <TableCaption className="sr-only">Tickets, soonest resolution target first</TableCaption>
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            {HEADERS.map((header) => (
              <TableHead key={header} aria-sort={header === 'Resolution' ? 'ascending' : undefined}>
                {header}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.items.length === 0 ? (
            <TableRow className="hover:bg-transparent">
              <TableCell colSpan={HEADERS.length} className="h-24 text-center text-muted-foreground">
                {props.emptyMessage}
              </TableCell>
            </TableRow>
          ) : (
            props.items.map((item) => <QueueRow key={item.id} item={item} now={props.now} />)
          )}
        </TableBody>
      </Table>
      <RowClickNavigation />
    </div>
  );
}

function QueueRow({ item, now }: { item: TicketListItem; now: Date }) {
  const href = `/console/tickets/${item.number}`;
  const due = describeDue(item.resolutionDueAt, now);
  return (
    <TableRow data-href={href} className="cursor-pointer">
      <TableCell>#{item.number}</TableCell>
      <TableCell>
        <Link href={href} className="font-medium text-foreground hover:underline">
          {item.subject}
        </Link>
      </TableCell>
      <TableCell>{item.clientName}</TableCell>
      <TableCell>{humanize(item.type)}</TableCell>
      <TableCell>
        <Badge variant={item.priority as BadgeVariant}>{item.priority}</Badge>
      </TableCell>
      <TableCell>{humanize(item.status)}</TableCell>
      <TableCell>{item.assigneeName ?? <span className="text-muted-foreground">Unassigned</span>}</TableCell>
      <TableCell>
        {due ? <span className={due.isOverdue ? 'font-medium text-destructive' : ''}>{due.text}</span> : <span className="text-muted-foreground">No target</span>}
      </TableCell>
    </TableRow>
  );
}
