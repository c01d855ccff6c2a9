import { badgeVariants, type BadgeVariant } from '@/components/ui/badge.tsx';
import { RowClickNavigation } from '@/components/ui/row-click-navigation.tsx';
import { StaticMarkup } from '@/components/ui/static-markup.tsx';
import type { TicketListItem } from '@/lib/server/tickets/ticket-list-item.ts';
import { describeDue, humanize } from '@/lib/utils/format.ts';

const HEADERS = ['#', 'Subject', 'Client', 'Type', 'Priority', 'Status', 'Assignee', 'Resolution'];
const PRIORITY_BADGE: Record<string, string> = Object.fromEntries(
  (['P1', 'P2', 'P3', 'P4'] as const).map((priority) => [priority, badgeVariants({ variant: priority satisfies BadgeVariant })]),
);

/**
 * One page of a staff queue, rendered on the server: the queue is already in SLA order (the
 * server pages through it), so there is nothing to sort or filter in the browser. Every
 * technician loads it all day, so its rows are static markup styled by `.list-table`, and one
 * listener routes their links.
 */
export function QueueTable(props: { items: TicketListItem[]; emptyMessage: string; now: Date }) {
  return (
    <div className="overflow-x-auto rounded-lg border bg-card">
      <table className="list-table">
        <caption className="sr-only">Tickets, soonest resolution target first</caption>
        <thead>
          <tr>
            {HEADERS.map((header) => (
              <th key={header} scope="col" aria-sort={header === 'Resolution' ? 'ascending' : undefined}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <StaticMarkup as="tbody">
          {props.items.length === 0 ? (
            <tr>
              <td colSpan={HEADERS.length} className="h-24 text-center text-muted-foreground">
                {props.emptyMessage}
              </td>
            </tr>
          ) : (
            props.items.map((item) => <QueueRow key={item.id} item={item} now={props.now} />)
          )}
        </StaticMarkup>
      </table>
      <RowClickNavigation />
    </div>
  );
}

export function QueueRow({ item, now }: { item: TicketListItem; now: Date }) {
  const href = `/console/tickets/${item.number}`;
  const due = describeDue(item.resolutionDueAt, now);
  return (
    <tr data-href={href}>
      <td>#{item.number}</td>
      <td>
        <a href={href} className="font-medium hover:underline">
          {item.subject}
        </a>
      </td>
      <td>{item.clientName}</td>
      <td>{humanize(item.type)}</td>
      <td>
        <span className={PRIORITY_BADGE[item.priority]}>{item.priority}</span>
      </td>
      <td>{humanize(item.status)}</td>
      <td>{item.assigneeName ?? <span className="text-muted-foreground">Unassigned</span>}</td>
      <td>
        {due ? <span className={due.isOverdue ? 'font-medium text-destructive' : undefined}>{due.text}</span> : <span className="text-muted-foreground">No target</span>}
      </td>
    </tr>
  );
}
