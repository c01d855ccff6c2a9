import type { Metadata } from 'next';
import { requirePageActor } from '@/app/_lib/session.ts';
import { adminOverview } from '@/lib/server/admin/admin-overview.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card.tsx';
import { ClientTable, TierTable } from '@/components/admin/overview-tables.tsx';

export const metadata: Metadata = { title: 'Administration' };

export default async function AdminHome() {
  const actor = await requirePageActor({ roles: ['admin'] });
  const { tiers, clients } = await adminOverview({ actor });
  return (
    <>
      <PageHeader title="Administration" description="Service tiers as they stand today, and every client with its agreement." />
      <div className="space-y-6">
        <Card>
          <CardHeader><CardTitle as="h2">Service tiers</CardTitle></CardHeader>
          <CardContent><TierTable rows={tiers} /></CardContent>
        </Card>
        <Card>
          <CardHeader><CardTitle as="h2">Clients</CardTitle></CardHeader>
          <CardContent><ClientTable rows={clients} /></CardContent>
        </Card>
      </div>
    </>
  );
}
