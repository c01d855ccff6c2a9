'use client';

import * as React from 'react';
import { ChevronLeftIcon, ChevronRightIcon, SearchIcon } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';

/** Search box used by <DataTable searchable>. Also usable for custom client-filtered lists. */
export function DataTableSearch({
  value,
  onChange,
  placeholder = 'Search…',
  label = 'Search table',
}: {
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  /** Accessible (visually hidden) label. */
  label?: string;
}) {
  const id = React.useId();
  return (
    <div className="relative w-full sm:max-w-xs">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <SearchIcon
        aria-hidden="true"
        className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground"
      />
      <Input
        id={id}
        type="search"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
        className="pl-8"
        autoComplete="off"
      />
    </div>
  );
}

/** "Showing a–b of n" + Previous / Page X of Y / Next buttons (client-side pagination). */
export function DataTableFooter({
  first,
  last,
  total,
  unfilteredTotal,
  page,
  pageCount,
  canPrevious,
  canNext,
  onPrevious,
  onNext,
  showNav,
}: {
  first: number;
  last: number;
  total: number;
  /** When different from total, adds "(filtered from n)". */
  unfilteredTotal?: number;
  /** 1-based. */
  page: number;
  pageCount: number;
  canPrevious: boolean;
  canNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  showNav: boolean;
}) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-2 text-sm text-muted-foreground">
      <p aria-live="polite">
        Showing {first}–{last} of {total}
        {unfilteredTotal !== undefined && unfilteredTotal !== total ? ` (filtered from ${unfilteredTotal})` : ''}
      </p>
      {showNav && pageCount > 1 ? (
        <nav aria-label="Table pagination" className="flex items-center gap-2">
          <Button type="button" variant="outline" size="sm" onClick={onPrevious} disabled={!canPrevious}>
            <ChevronLeftIcon aria-hidden="true" />
            Previous
          </Button>
          <span>
            Page {page} of {pageCount}
          </span>
          <Button type="button" variant="outline" size="sm" onClick={onNext} disabled={!canNext}>
            Next
            <ChevronRightIcon aria-hidden="true" />
          </Button>
        </nav>
      ) : null}
    </div>
  );
}
