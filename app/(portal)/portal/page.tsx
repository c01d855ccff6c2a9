import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/app/_lib/session.ts';
import { CUSTOMER_ROLES } from '@/lib/auth/roles.ts';
import { listTickets } from '@/lib/server/tickets/list-tickets.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { TicketListSection } from '@/components/tickets/ticket-list-section.tsx';
import { Button } from '@/components/ui/button.tsx';

export const metadata: Metadata = { title: 'Your tickets' };

type SearchParams = Promise<Record<string, string | undefined>>;

export default async function PortalHome({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor({ roles: CUSTOMER_ROLES });
  const params = await searchParams;
  const view = params.view === 'all' || params.view === 'closed' ? params.view : 'open';
  const result = await listTickets({ actor, input: { view, q: params.q, page: params.page } });
  return (
    <>
      <PageHeader
        title={actor.role === 'customer_admin' ? 'Your company’s tickets' : 'Your tickets'}
        description="Track your requests, their targets and whether the work is covered by your agreement."
        actions={<Button asChild><Link href="/portal/tickets/new">New request</Link></Button>}
      />
      <TicketListSection basePath="/portal" ticketHref={(n) => `/portal/tickets/${n}`} result={result} view={view} q={params.q} isCustomerView />
    </>
  );
}
