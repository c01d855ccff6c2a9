import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/app/_lib/session.ts';
import { listTiers } from '@/lib/server/tiers/list-tiers.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { Button } from '@/components/ui/button.tsx';
import { TierTable } from '@/components/tiers/tier-table.tsx';

export const metadata: Metadata = { title: 'Service tiers' };

export default async function TiersPage() {
  const actor = await requirePageActor({ roles: ['admin'] });
  const tiers = await listTiers({ actor });
  return (
    <>
      <PageHeader
        title="Service tiers"
        description="Each tier's terms are versioned: an edit takes effect from a date, and work before it keeps the terms it was decided with."
        actions={
          <>
            <Button asChild variant="outline"><Link href="/admin/calendars">Calendars</Link></Button>
            <Button asChild><Link href="/admin/tiers/new">New tier</Link></Button>
          </>
        }
      />
      <TierTable rows={tiers} />
    </>
  );
}
