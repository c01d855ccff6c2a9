/*
 * Feature registry + column-definition helpers for <DataTable> (TanStack Table v9).
 * No 'use client': importable from server and client modules alike.
 */
import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createPaginatedRowModel,
  createSortedRowModel,
  filterFn_includesString,
  globalFilteringFeature,
  metaHelper,
  rowPaginationFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_basic,
  sortFn_datetime,
  sortFn_text,
  tableFeatures,
  type ColumnDef,
  type RowData,
} from '@tanstack/react-table';

/** Per-column presentation options: `meta: { align: 'right' }` for numbers/money. */
export type DataTableColumnMeta = {
  align?: 'left' | 'center' | 'right';
  /** Extra classes for this column's <th>. */
  headerClassName?: string;
  /** Extra classes for this column's <td>s. */
  cellClassName?: string;
};

export const dataTableFeatures = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: {
    alphanumeric: sortFn_alphanumeric,
    text: sortFn_text,
    datetime: sortFn_datetime,
    basic: sortFn_basic,
  },
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  filterFns: { includesString: filterFn_includesString },
  rowPaginationFeature,
  paginatedRowModel: createPaginatedRowModel(),
  columnMeta: metaHelper<DataTableColumnMeta>(),
});

export type DataTableFeatures = typeof dataTableFeatures;

/** A column definition accepted by <DataTable>. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type DataTableColumnDef<TData extends RowData> = ColumnDef<DataTableFeatures, TData, any>;

/**
 * Typed column helper for <DataTable>:
 *   const col = createDataTableColumnHelper<TicketRow>();
 *   export const columns = col.columns([
 *     col.accessor('number', { header: '#', meta: { align: 'right' } }),
 *     col.accessor('title', { header: 'Title' }),
 *     col.accessor('createdAt', { header: 'Created', sortFn: 'datetime', cell: (c) => fmt(c.getValue()) }),
 *     col.display({ id: 'actions', header: () => <span className="sr-only">Actions</span>, cell: … , enableSorting: false }),
 *   ]);
 * Define columns at module scope (stable identity) in a 'use client' file when they contain functions.
 */
export function createDataTableColumnHelper<TData extends RowData>() {
  return createColumnHelper<DataTableFeatures, TData>();
}

export const alignClass = { left: 'text-left', center: 'text-center', right: 'text-right' } as const;
