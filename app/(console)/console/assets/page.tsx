import type { Metadata } from 'next';
import Link from 'next/link';
import { ServerIcon } from 'lucide-react';
import { requirePageActor } from '@/app/_lib/session.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { isAppError } from '@/lib/errors/app-error.ts';
import { listAssets, type AssetListPage } from '@/lib/server/assets/list-assets.ts';
import { listClientChoices } from '@/lib/server/assets/asset-choices.ts';
import { dateKey } from '@/lib/server/assets/asset-input.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { Button } from '@/components/ui/button.tsx';
import { EmptyState } from '@/components/ui/empty-state.tsx';
import { FormErrors } from '@/components/ui/field-errors.tsx';
import { Pagination } from '@/components/ui/pagination.tsx';
import { AssetFilters, type AssetFilterValues } from '@/components/assets/asset-filters.tsx';
import { AssetTable } from '@/components/assets/asset-table.tsx';

export const metadata: Metadata = { title: 'Assets' };

const BASE = '/console/assets';
const FILTER_KEYS = ['clientId', 'class', 'lifecycle', 'expiringWithinDays', 'unsupportedOnly', 'q', 'sort'] as const;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AssetsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor({ roles: STAFF_ROLES });
  const params = await searchParams;
  const filters: AssetFilterValues = {};
  for (const key of FILTER_KEYS) {
    const value = params[key];
    if (typeof value === 'string' && value !== '') filters[key] = value;
  }
  const page = typeof params.page === 'string' ? params.page : undefined;

  let result: AssetListPage | null = null;
  let filterError: string | null = null;
  try {
    result = await listAssets({ actor, input: { ...filters, page } });
  } catch (error) {
    if (!isAppError(error) || error.code !== 'invalid') throw error;
    filterError = error.message;
  }
  const clients = await listClientChoices({ actor });
  const isFiltered = Object.keys(filters).some((key) => key !== 'sort');
  const makeHref = (pageNumber: number) => `${BASE}?${new URLSearchParams({ ...filters, page: String(pageNumber) }).toString()}`;

  return (
    <>
      <PageHeader
        title="Assets"
        description={result ? `${result.total} configuration item${result.total === 1 ? '' : 's'}${isFiltered ? ' match these filters' : ' across all clients'}.` : 'The CMDB of every client.'}
        actions={
          <>
            <Button asChild variant="outline">
              <Link href={`${BASE}/import`}>Import CSV</Link>
            </Button>
            <Button asChild>
              <Link href={`${BASE}/new`}>New asset</Link>
            </Button>
          </>
        }
      />
      <div className="space-y-4">
        <AssetFilters basePath={BASE} values={filters} clients={clients} />
        {filterError ? <FormErrors error={filterError} /> : null}
        {result && result.total === 0 && !isFiltered ? (
          <EmptyState icon={ServerIcon} title="No assets yet" description="Add configuration items one by one or import a client’s inventory from a CSV file." action={<Button asChild><Link href={`${BASE}/import`}>Import CSV</Link></Button>} />
        ) : null}
        {result && (result.total > 0 || isFiltered) ? (
          <>
            <AssetTable
              emptyMessage="No assets match these filters."
              rows={result.items.map((asset) => ({
                id: asset.id,
                name: asset.name,
                clientName: asset.clientName,
                class: asset.class,
                makeModel: [asset.make, asset.model].filter(Boolean).join(' ') || '—',
                siteName: asset.siteName,
                lifecycle: asset.lifecycle,
                isSupported: asset.isSupported,
                warrantyExpiresOn: asset.warrantyExpiresOn ? dateKey(asset.warrantyExpiresOn) : null,
                licenceExpiresOn: asset.licenceExpiresOn ? dateKey(asset.licenceExpiresOn) : null,
                href: `${BASE}/${asset.id}`,
              }))}
            />
            {result.total > 0 ? <Pagination page={result.page} pageCount={result.pageCount} totalCount={result.total} pageSize={result.pageSize} makeHref={makeHref} /> : null}
          </>
        ) : null}
      </div>
    </>
  );
}
