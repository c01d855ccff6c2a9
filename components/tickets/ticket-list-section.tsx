import Link from 'next/link';
import { Pagination } from '@/components/ui/pagination.tsx';
import { Input } from '@/components/ui/input.tsx';
import { Button } from '@/components/ui/button.tsx';
import type { TicketListItem } from '@/lib/server/tickets/list-tickets.ts';
import { TicketTable } from './ticket-table.tsx';

const VIEWS = [
  { value: 'open', label: 'Open' },
  { value: 'closed', label: 'Resolved & closed' },
  { value: 'all', label: 'All' },
] as const;

/** Server-paged ticket list with a search box and view tabs, shared by the portal and console. */
export function TicketListSection(props: {
  basePath: string;
  ticketHref: (number: number) => string;
  result: { items: TicketListItem[]; total: number; page: number; pageCount: number };
  view: string;
  q?: string;
  isCustomerView?: boolean;
}) {
  const makeHref = (params: Record<string, string | number | undefined>) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries({ view: props.view, q: props.q, ...params })) if (value !== undefined && value !== '') search.set(key, String(value));
    return `${props.basePath}?${search.toString()}`;
  };
  return (
    <section aria-label="Tickets" className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <nav aria-label="Ticket views" className="flex gap-1">
          {VIEWS.map((view) => (
            <Button key={view.value} asChild size="sm" variant={props.view === view.value ? 'default' : 'outline'}>
              <Link href={makeHref({ view: view.value, page: undefined })} aria-current={props.view === view.value ? 'page' : undefined}>
                {view.label}
              </Link>
            </Button>
          ))}
        </nav>
        <form role="search" action={props.basePath} className="ml-auto flex gap-2">
          <input type="hidden" name="view" value={props.view} />
          <label htmlFor="ticket-search" className="sr-only">Search tickets</label>
          <Input id="ticket-search" name="q" defaultValue={props.q} placeholder="Search subject or #number" className="w-56" />
          <Button type="submit" variant="secondary" size="sm">Search</Button>
        </form>
      </div>
      <TicketTable
        isCustomerView={props.isCustomerView}
        emptyMessage={props.q ? `No tickets match “${props.q}”.` : 'No tickets here.'}
        rows={props.result.items.map((item) => ({
          number: item.number,
          subject: item.subject,
          clientName: item.clientName,
          type: item.type,
          priority: item.priority,
          status: item.status,
          assigneeName: item.assigneeName,
          resolutionDueAt: item.resolutionDueAt?.toISOString() ?? null,
          href: props.ticketHref(item.number),
        }))}
      />
      <Pagination page={props.result.page} pageCount={props.result.pageCount} totalCount={props.result.total} pageSize={25} makeHref={(page) => makeHref({ page })} />
    </section>
  );
}
