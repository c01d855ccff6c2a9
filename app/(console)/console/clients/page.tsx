import type { Metadata } from 'next';
import { requirePageActor } from '@/app/_lib/session.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { listClientSummaries } from '@/lib/server/clients/list-client-summaries.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { ClientTable } from '@/components/admin/overview-tables.tsx';

export const metadata: Metadata = { title: 'Clients' };

export default async function ClientsPage() {
  const actor = await requirePageActor({ roles: STAFF_ROLES });
  const clients = await listClientSummaries({ actor });
  return (
    <>
      <PageHeader title="Clients" description="Agreements, open tickets, quota use and retainer balances per client." />
      <ClientTable rows={clients} />
    </>
  );
}
