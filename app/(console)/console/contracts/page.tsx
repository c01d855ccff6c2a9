import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/app/_lib/session.ts';
import { MANAGER_ROLES, STAFF_ROLES } from '@/lib/auth/roles.ts';
import { isAppError } from '@/lib/errors/app-error.ts';
import { listContracts } from '@/lib/server/contracts/list-contracts.ts';
import { listClientOptions } from '@/lib/server/contracts/contract-choices.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { Button } from '@/components/ui/button.tsx';
import { FormErrors } from '@/components/ui/field-errors.tsx';
import { Pagination } from '@/components/ui/pagination.tsx';
import { ContractFilters, type ContractFilterValues } from '@/components/contracts/contract-filters.tsx';
import { ContractTable } from '@/components/contracts/contract-table.tsx';

export const metadata: Metadata = { title: 'Contracts' };

const KEYS = ['clientId', 'kind', 'status', 'endingWithinDays'] as const;

export default async function ContractsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor({ roles: STAFF_ROLES });
  const params = await searchParams;
  const filters: ContractFilterValues = {};
  for (const key of KEYS) if (typeof params[key] === 'string' && params[key] !== '') filters[key] = params[key];
  const page = typeof params.page === 'string' ? params.page : undefined;
  let result: Awaited<ReturnType<typeof listContracts>> | null = null;
  let filterError: string | null = null;
  try {
    result = await listContracts({ actor, input: { ...filters, page } });
  } catch (error) {
    if (!isAppError(error) || error.code !== 'invalid') throw error;
    filterError = error.message;
  }
  const clients = await listClientOptions({ actor });
  const canCreate = (MANAGER_ROLES as readonly string[]).includes(actor.role);
  return (
    <>
      <PageHeader
        title="Contracts"
        description={result ? `${result.total} contract${result.total === 1 ? '' : 's'}${Object.keys(filters).length ? ' match these filters' : ''}.` : 'Agreements with clients.'}
        actions={canCreate ? <Button asChild><Link href="/console/contracts/new">New contract</Link></Button> : undefined}
      />
      <div className="space-y-4">
        <ContractFilters values={filters} clients={clients} />
        {filterError ? <FormErrors error={filterError} /> : null}
        {result ? <ContractTable rows={result.items} /> : null}
        {result && result.total > 0 ? (
          <Pagination page={result.page} pageCount={result.pageCount} totalCount={result.total} pageSize={result.pageSize} makeHref={(n) => `/console/contracts?${new URLSearchParams({ ...filters, page: String(n) }).toString()}`} />
        ) : null}
      </div>
    </>
  );
}
