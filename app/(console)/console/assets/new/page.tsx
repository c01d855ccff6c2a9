import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/app/_lib/session.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { listClientChoices } from '@/lib/server/assets/asset-choices.ts';
import { createAssetAction } from '@/app/_actions/asset-actions.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { Button } from '@/components/ui/button.tsx';
import { Card, CardContent } from '@/components/ui/card.tsx';
import { AssetForm } from '@/components/assets/asset-form.tsx';
import { EMPTY_ASSET } from '@/components/assets/asset-options.ts';

export const metadata: Metadata = { title: 'New asset' };

export default async function NewAssetPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor({ roles: STAFF_ROLES });
  const { clientId } = await searchParams;
  const clients = await listClientChoices({ actor });
  return (
    <>
      <PageHeader
        title="New asset"
        description="Add a configuration item to a client’s CMDB."
        actions={
          <Button asChild variant="ghost">
            <Link href="/console/assets">All assets</Link>
          </Button>
        }
      />
      <Card>
        <CardContent>
          <AssetForm
            action={createAssetAction}
            clients={clients}
            values={EMPTY_ASSET}
            defaultClientId={typeof clientId === 'string' && clients.some((c) => c.id === clientId) ? clientId : undefined}
            submitLabel="Add asset"
          />
        </CardContent>
      </Card>
    </>
  );
}
