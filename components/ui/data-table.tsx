'use client';

import * as React from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTable, type Row, type RowData, type SortingState } from '@tanstack/react-table';
import { cn } from '@/lib/utils/cn';
import { DataTableFooter, DataTableSearch } from '@/components/ui/data-table-parts';
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '@/components/ui/table';
import { ariaSort, SortIcon } from '@/components/ui/sortable-header';
import {
  alignClass,
  dataTableFeatures,
  type DataTableColumnDef,
  type DataTableFeatures,
} from '@/components/ui/data-table-columns';

// Runtime helpers live in ./data-table-columns (importable from server modules too); types re-exported here.
export type { DataTableColumnDef, DataTableColumnMeta } from '@/components/ui/data-table-columns';

export type DataTableProps<TData extends RowData> = {
  /** Column defs — keep them stable (module scope or useMemo). See createDataTableColumnHelper. */
  columns: ReadonlyArray<DataTableColumnDef<TData>>;
  data: ReadonlyArray<TData>;
  /** Stable row id (recommended), e.g. `(r) => r.id`. */
  getRowId?: (row: TData) => string;
  /** Makes the link column's cell a <Link> and the whole row clickable. */
  getRowHref?: (row: TData) => string | null | undefined;
  /** Serialisable alternative to getRowHref: the name of a string field holding each row's URL. */
  rowHrefKey?: keyof TData & string;
  /** Column id that gets the row link (default: the first column). */
  linkColumnId?: string;
  /** Show the "Search…" box (client-side text filter over string/number columns). */
  searchable?: boolean;
  searchPlaceholder?: string;
  /** Client-side pagination. Default true. */
  paginate?: boolean;
  /** Default 25. */
  pageSize?: number;
  initialSorting?: SortingState;
  /** Shown when `data` is empty. Default "Nothing here yet." */
  emptyMessage?: React.ReactNode;
  /** Accessible name for the table (rendered as a visually hidden <caption>). */
  caption?: string;
  /** Extra controls rendered to the right of the search box (filters, "New" button…). */
  toolbar?: React.ReactNode;
  className?: string;
};

const INTERACTIVE = 'a,button,input,select,textarea,label,summary,[role="button"],[role="menuitem"],[data-no-row-click]';

/** The app's list table: sortable headers, optional search, client pagination, row links, horizontal scroll. */
export function DataTable<TData extends RowData>({
  columns,
  data,
  getRowId,
  getRowHref,
  rowHrefKey,
  linkColumnId,
  searchable = false,
  searchPlaceholder = 'Search…',
  paginate = true,
  pageSize = 25,
  initialSorting,
  emptyMessage = 'Nothing here yet.',
  caption,
  toolbar,
  className,
}: DataTableProps<TData>) {
  const router = useRouter();
  const table = useTable<DataTableFeatures, TData>({
    features: dataTableFeatures,
    columns: columns as DataTableColumnDef<TData>[],
    data: data as TData[],
    getRowId,
    globalFilterFn: 'includesString',
    initialState: {
      sorting: initialSorting ?? [],
      globalFilter: '',
      pagination: { pageIndex: 0, pageSize: paginate ? pageSize : Infinity },
    },
  });

  const hrefFor = (row: Row<DataTableFeatures, TData>): string | undefined => {
    if (getRowHref) return getRowHref(row.original) ?? undefined;
    if (rowHrefKey) {
      const v = row.original[rowHrefKey];
      return typeof v === 'string' && v !== '' ? v : undefined;
    }
    return undefined;
  };

  const globalFilter = String(table.state.globalFilter ?? '');
  const { pageIndex, pageSize: size } = table.state.pagination;
  const rows = table.getRowModel().rows;
  const total = table.getFilteredRowModel().rows.length;
  const pageCount = table.getPageCount();
  const last = paginate ? Math.min(total, (pageIndex + 1) * size) : total;
  const first = total === 0 ? 0 : Math.min(last, paginate ? pageIndex * size + 1 : 1);
  const leafColumns = table.getAllLeafColumns();
  const linkColumn = linkColumnId ?? leafColumns[0]?.id;

  function onRowClick(e: React.MouseEvent<HTMLTableRowElement>, href: string | undefined) {
    if (!href || e.defaultPrevented || e.button !== 0) return;
    if ((e.target as HTMLElement).closest(INTERACTIVE)) return;
    if (window.getSelection()?.toString()) return; // user is selecting text
    if (e.metaKey || e.ctrlKey) window.open(href, '_blank', 'noopener');
    else router.push(href);
  }

  return (
    <div data-slot="data-table" className={cn('flex flex-col gap-3', className)}>
      {searchable || toolbar ? (
        <div className="flex flex-wrap items-center gap-2">
          {searchable ? (
            <DataTableSearch
              value={globalFilter}
              onChange={(v) => {
                table.setGlobalFilter(v);
                table.setPageIndex(0);
              }}
              placeholder={searchPlaceholder}
              label={caption ? `Search ${caption}` : undefined}
            />
          ) : null}
          {toolbar ? <div className="ml-auto flex flex-wrap items-center gap-2">{toolbar}</div> : null}
        </div>
      ) : null}

      <div className="rounded-lg border bg-card">
        <Table>
          {caption ? <TableCaption className="sr-only">{caption}</TableCaption> : null}
          <TableHeader>
            {table.getHeaderGroups().map((group) => (
              <TableRow key={group.id} className="hover:bg-transparent">
                {group.headers.map((header) => {
                  const meta = header.column.columnDef.meta;
                  const canSort = header.column.getCanSort();
                  const sorted = header.column.getIsSorted();
                  return (
                    <TableHead
                      key={header.id}
                      colSpan={header.colSpan}
                      aria-sort={canSort && !header.isPlaceholder ? ariaSort(sorted) : undefined}
                      className={cn(meta?.align && alignClass[meta.align], meta?.headerClassName)}
                    >
                      {header.isPlaceholder ? null : canSort ? (
                        <button
                          type="button"
                          onClick={(e) => {
                            header.column.getToggleSortingHandler()?.(e);
                            table.setPageIndex(0);
                          }}
                          className={cn(
                            '-mx-1 inline-flex items-center gap-1 rounded-sm px-1 uppercase hover:text-foreground',
                            sorted && 'text-foreground',
                            meta?.align === 'right' && 'flex-row-reverse',
                          )}
                        >
                          <table.FlexRender header={header} />
                          <SortIcon direction={sorted} />
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </TableHead>
                  );
                })}
              </TableRow>
            ))}
          </TableHeader>
          <TableBody>
            {rows.length === 0 ? (
              <TableRow className="hover:bg-transparent">
                <TableCell colSpan={Math.max(1, leafColumns.length)} className="h-24 text-center text-muted-foreground">
                  {data.length === 0 ? emptyMessage : `No results match “${globalFilter}”.`}
                </TableCell>
              </TableRow>
            ) : (
              rows.map((row) => {
                const href = hrefFor(row);
                return (
                  <TableRow
                    key={row.id}
                    onClick={href ? (e) => onRowClick(e, href) : undefined}
                    className={cn(href && 'cursor-pointer')}
                  >
                    {row.getAllCells().map((cell) => {
                      const meta = cell.column.columnDef.meta;
                      return (
                        <TableCell key={cell.id} className={cn(meta?.align && alignClass[meta.align], meta?.cellClassName)}>
                          {href && cell.column.id === linkColumn ? (
                            <Link href={href} className="font-medium text-foreground hover:underline">
                              <table.FlexRender cell={cell} />
                            </Link>
                          ) : (
                            <table.FlexRender cell={cell} />
                          )}
                        </TableCell>
                      );
                    })}
                  </TableRow>
                );
              })
            )}
          </TableBody>
        </Table>
      </div>

      {total > 0 && (paginate || searchable) ? (
        <DataTableFooter
          first={first}
          last={last}
          total={total}
          unfilteredTotal={globalFilter ? data.length : undefined}
          page={pageIndex + 1}
          pageCount={pageCount}
          canPrevious={table.getCanPreviousPage()}
          canNext={table.getCanNextPage()}
          onPrevious={() => table.previousPage()}
          onNext={() => table.nextPage()}
          showNav={paginate}
        />
      ) : null}
    </div>
  );
}
