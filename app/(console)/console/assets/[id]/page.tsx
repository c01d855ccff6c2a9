import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { orNotFound, requirePageActor } from '@/app/_lib/session.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { getAsset } from '@/lib/server/assets/get-asset.ts';
import { listClientChoices, listLinkCandidates } from '@/lib/server/assets/asset-choices.ts';
import { dateKey } from '@/lib/server/assets/asset-input.ts';
import { linkAssetsAction, retireAssetAction, unlinkAssetsAction, updateAssetAction } from '@/app/_actions/asset-actions.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { Badge } from '@/components/ui/badge.tsx';
import { Button } from '@/components/ui/button.tsx';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card.tsx';
import { AssetForm } from '@/components/assets/asset-form.tsx';
import { AssetHistory } from '@/components/assets/asset-history.tsx';
import { AssetRelations } from '@/components/assets/asset-relations.tsx';
import { AssetRetireButton } from '@/components/assets/asset-retire-button.tsx';
import { formatDate, humanize } from '@/lib/utils/format.ts';

export const metadata: Metadata = { title: 'Asset' };

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs uppercase tracking-wide text-muted-foreground">{label}</dt>
      <dd className="mt-0.5 text-sm">{children ?? '—'}</dd>
    </div>
  );
}

export default async function AssetPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor({ roles: STAFF_ROLES });
  const asset = await orNotFound(getAsset({ actor, assetId: (await params).id }));
  const [clients, candidates] = await Promise.all([
    listClientChoices({ actor }),
    listLinkCandidates({ actor, clientId: asset.client.id, exceptAssetId: asset.id }),
  ]);
  const ownClient = clients.find((client) => client.id === asset.client.id) ?? { ...asset.client, sites: asset.site ? [asset.site] : [] };
  const isRetired = asset.lifecycle === 'retired';

  return (
    <>
      <PageHeader
        title={asset.name}
        description={
          <>
            {humanize(asset.class)} at <Link href={`/console/assets?clientId=${asset.client.id}`} className="hover:underline">{asset.client.name}</Link>
          </>
        }
        actions={
          <>
            <Button asChild variant="ghost">
              <Link href="/console/assets">All assets</Link>
            </Button>
            {isRetired ? null : <AssetRetireButton action={retireAssetAction} assetId={asset.id} assetName={asset.name} />}
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <CardHeader>
              <CardTitle as="h2">History</CardTitle>
            </CardHeader>
            <CardContent>
              <AssetHistory history={asset.history} timezone={asset.client.timezone} ticketHref={(number) => `/console/tickets/${number}`} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle as="h2">Edit</CardTitle>
            </CardHeader>
            <CardContent>
              <AssetForm
                action={updateAssetAction}
                assetId={asset.id}
                clients={[ownClient]}
                defaultClientId={asset.client.id}
                submitLabel="Save changes"
                values={{
                  name: asset.name,
                  class: asset.class,
                  siteId: asset.site?.id ?? '',
                  make: asset.make ?? '',
                  model: asset.model ?? '',
                  serialNumber: asset.serialNumber ?? '',
                  operatingSystem: asset.operatingSystem ?? '',
                  lifecycle: asset.lifecycle,
                  warrantyExpiresOn: asset.warrantyExpiresOn ? dateKey(asset.warrantyExpiresOn) : '',
                  licenceExpiresOn: asset.licenceExpiresOn ? dateKey(asset.licenceExpiresOn) : '',
                  isSupported: asset.isSupported,
                  unsupportedReason: asset.unsupportedReason ?? '',
                  notes: asset.notes ?? '',
                }}
              />
            </CardContent>
          </Card>
        </div>
        <div className="space-y-6">
          <Card>
            <CardHeader>
              <CardTitle as="h2">Details</CardTitle>
            </CardHeader>
            <CardContent>
              <dl className="grid grid-cols-2 gap-3">
                <Fact label="Status">
                  <span className="flex flex-wrap gap-1">
                    <Badge variant={isRetired ? 'neutral' : asset.lifecycle === 'in_repair' ? 'warning' : 'success'}>{humanize(asset.lifecycle)}</Badge>
                    {asset.isSupported ? null : <Badge variant="danger">Unsupported</Badge>}
                  </span>
                </Fact>
                <Fact label="Site">{asset.site?.name}</Fact>
                <Fact label="Make">{asset.make}</Fact>
                <Fact label="Model">{asset.model}</Fact>
                <Fact label="Serial">{asset.serialNumber}</Fact>
                <Fact label="OS">{asset.operatingSystem}</Fact>
                <Fact label="Warranty expires">{asset.warrantyExpiresOn ? formatDate(asset.warrantyExpiresOn) : null}</Fact>
                <Fact label="Licence expires">{asset.licenceExpiresOn ? formatDate(asset.licenceExpiresOn) : null}</Fact>
              </dl>
              {asset.isSupported ? null : <p className="mt-3 text-sm text-destructive">{asset.unsupportedReason ?? 'Marked unsupported.'}</p>}
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle as="h2">Relationships</CardTitle>
            </CardHeader>
            <CardContent>
              <AssetRelations
                assetId={asset.id}
                relationships={asset.relationships}
                candidates={isRetired ? [] : candidates}
                linkAction={linkAssetsAction}
                unlinkAction={unlinkAssetsAction}
              />
            </CardContent>
          </Card>
        </div>
      </div>
    </>
  );
}
