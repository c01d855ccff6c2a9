import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/app/_lib/session.ts';
import { CUSTOMER_ROLES } from '@/lib/auth/roles.ts';
import { getEstate } from '@/lib/server/portal/get-estate.ts';
import { EXPIRING_SOON_DAYS } from '@/lib/domain/portal/expiry.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card.tsx';
import { EstateAssetTable, EstateContractTable } from '@/components/portal/estate-tables.tsx';
import { formatDate } from '@/lib/utils/format.ts';

export const metadata: Metadata = { title: 'Our IT' };

export default async function EstatePage() {
  const actor = await requirePageActor({ roles: CUSTOMER_ROLES });
  const estate = await getEstate({ actor });
  return (
    <>
      <PageHeader title="Our IT" description="Your assets, agreements and the guides we have shared with you." />
      <div className="space-y-6">
        <Card>
          <CardHeader>
            <CardTitle as="h2">Guides from your IT team</CardTitle>
          </CardHeader>
          <CardContent>
            {estate.runBookPages.length === 0 ? <p className="text-sm text-muted-foreground">Nothing shared yet.</p> : null}
            <ul className="space-y-1 text-sm">
              {estate.runBookPages.map((page) => (
                <li key={page.id}>
                  <Link className="underline" href={`/portal/estate/runbook/${page.id}`}>{page.title}</Link>
                  <span className="text-xs text-muted-foreground"> · updated {formatDate(page.updatedAt)}</span>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
        {estate.contracts ? (
          <Card>
            <CardHeader>
              <CardTitle as="h2">Agreements</CardTitle>
            </CardHeader>
            <CardContent><EstateContractTable contracts={estate.contracts} /></CardContent>
          </Card>
        ) : null}
        <Card>
          <CardHeader>
            <CardTitle as="h2">Assets</CardTitle>
            <CardDescription>Warranties and licences ending within {EXPIRING_SOON_DAYS} days are highlighted.</CardDescription>
          </CardHeader>
          <CardContent><EstateAssetTable assets={estate.assets} /></CardContent>
        </Card>
      </div>
    </>
  );
}
