import type { Metadata } from 'next';
import { requirePageActor } from '@/app/_lib/session.ts';
import { isAppError } from '@/lib/errors/app-error.ts';
import { listAudit, listAuditEntityTypes } from '@/lib/server/audit/list-audit.ts';
import { listClientChoices } from '@/lib/server/assets/asset-choices.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { FormErrors } from '@/components/ui/field-errors.tsx';
import { Pagination } from '@/components/ui/pagination.tsx';
import { AuditFilters, type AuditFilterValues } from '@/components/audit/audit-filters.tsx';
import { AuditTable } from '@/components/audit/audit-table.tsx';

export const metadata: Metadata = { title: 'Audit trail' };

const BASE = '/admin/audit';
const FILTER_KEYS = ['entityType', 'action', 'actor', 'clientId', 'from', 'to'] as const;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor({ roles: ['admin'] });
  const params = await searchParams;
  const filters: AuditFilterValues = {};
  for (const key of FILTER_KEYS) {
    const value = params[key];
    if (typeof value === 'string' && value.trim() !== '') filters[key] = value.trim();
  }
  const page = typeof params.page === 'string' ? params.page : undefined;
  let result: Awaited<ReturnType<typeof listAudit>> | null = null;
  let filterError: string | null = null;
  try {
    result = await listAudit({ actor, input: { ...filters, page } });
  } catch (error) {
    if (!isAppError(error) || error.code !== 'invalid') throw error;
    filterError = error.message;
  }
  const [entityTypes, clients] = await Promise.all([listAuditEntityTypes({ actor }), listClientChoices({ actor })]);
  const makeHref = (pageNumber: number) => `${BASE}?${new URLSearchParams({ ...filters, page: String(pageNumber) }).toString()}`;
  return (
    <>
      <PageHeader title="Audit trail" description="Who changed what: every money-relevant and access-relevant change, newest first, with what it was before and after." />
      <div className="space-y-4">
        <AuditFilters basePath={BASE} values={filters} entityTypes={entityTypes} clients={clients} />
        {filterError ? <FormErrors error={filterError} /> : null}
        {result ? (
          <>
            <AuditTable rows={result.items} />
            <Pagination page={result.page} pageCount={result.pageCount} totalCount={result.total} pageSize={result.pageSize} makeHref={makeHref} />
          </>
        ) : null}
      </div>
    </>
  );
}
