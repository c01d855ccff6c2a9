import type { Metadata } from 'next';
import { requirePageActor } from '@/app/_lib/session.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { listTickets } from '@/lib/server/tickets/list-tickets.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { TicketListSection } from '@/components/tickets/ticket-list-section.tsx';

export const metadata: Metadata = { title: 'Ticket queue' };

type SearchParams = Promise<Record<string, string | undefined>>;

export default async function ConsoleHome({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor({ roles: STAFF_ROLES });
  const params = await searchParams;
  const view = params.view === 'all' || params.view === 'closed' ? params.view : 'open';
  const result = await listTickets({ actor, input: { view, q: params.q, page: params.page } });
  return (
    <>
      <PageHeader title="Ticket queue" description={`${result.total} ${view === 'open' ? 'open ' : ''}tickets, soonest resolution target first.`} />
      <TicketListSection basePath="/console" ticketHref={(n) => `/console/tickets/${n}`} result={result} view={view} q={params.q} />
    </>
  );
}
