import { RowClickNavigation } from '@/components/ui/row-click-navigation.tsx';
import type { TicketListItem } from '@/lib/server/tickets/ticket-list-item.ts';
import { queueRowsHtml } from './queue-rows-html.ts';

const HEADERS = ['#', 'Subject', 'Client', 'Type', 'Priority', 'Status', 'Assignee', 'Resolution'];

/**
 * One page of a staff queue, rendered on the server: the queue is already in SLA order (the
 * server pages through it), so there is nothing to sort or filter in the browser. Its rows are
 * one escaped string (queueRowsHtml) styled by `.list-table`, and one listener routes their links.
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
        {props.items.length === 0 ? (
          <tbody>
            <tr>
              <td colSpan={HEADERS.length} className="h-24 text-center text-muted-foreground">
                {props.emptyMessage}
              </td>
            </tr>
          </tbody>
        ) : (
          <tbody dangerouslySetInnerHTML={{ __html: queueRowsHtml(props.items, props.now).value }} />
        )}
      </table>
      <RowClickNavigation />
    </div>
  );
}
