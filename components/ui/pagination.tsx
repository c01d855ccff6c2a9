import * as React from 'react';
import Link from 'next/link';
import { ChevronLeftIcon, ChevronRightIcon } from 'lucide-react';
import { cn } from '@/lib/utils/cn';
import { buttonVariants } from '@/components/ui/button';

/*
 * Server-friendly pagination (plain links, no client JS). Build URLs with a `makeHref` function that
 * preserves the page's other search params.
 */

const linkClass = buttonVariants({ variant: 'outline', size: 'sm' });
const disabledClass = cn(linkClass, 'pointer-events-none opacity-50');

function NavItem({ href, rel, children }: { href?: string | null; rel?: 'prev' | 'next'; children: React.ReactNode }) {
  if (!href) {
    return (
      <span aria-disabled="true" className={disabledClass}>
        {children}
      </span>
    );
  }
  return (
    <Link href={href} rel={rel} className={linkClass}>
      {children}
    </Link>
  );
}

export type PaginationProps = {
  /** 1-based current page. */
  page: number;
  pageCount: number;
  makeHref: (page: number) => string;
  /** With pageSize, adds "Showing a–b of n". */
  totalCount?: number;
  pageSize?: number;
  className?: string;
};

/** Offset pagination: ‹ Previous · Page X of Y · Next ›. Renders nothing if there is only one page and no totalCount. */
export function Pagination({ page, pageCount, makeHref, totalCount, pageSize, className }: PaginationProps) {
  const pages = Math.max(1, pageCount);
  const current = Math.min(Math.max(1, page), pages);
  const showSummary = totalCount !== undefined && pageSize !== undefined;
  if (pages <= 1 && !showSummary) return null;
  const first = totalCount ? (current - 1) * (pageSize ?? 0) + 1 : 0;
  const last = Math.min(totalCount ?? 0, current * (pageSize ?? 0));

  return (
    <div className={cn('flex flex-wrap items-center justify-between gap-2 text-sm text-muted-foreground', className)}>
      {showSummary ? (
        <p>
          Showing {first}–{last} of {totalCount}
        </p>
      ) : (
        <span />
      )}
      {pages > 1 ? (
        <nav aria-label="Pagination" className="flex items-center gap-2">
          <NavItem href={current > 1 ? makeHref(current - 1) : null} rel="prev">
            <ChevronLeftIcon aria-hidden="true" />
            Previous
          </NavItem>
          <span>
            Page {current} of {pages}
          </span>
          <NavItem href={current < pages ? makeHref(current + 1) : null} rel="next">
            Next
            <ChevronRightIcon aria-hidden="true" />
          </NavItem>
        </nav>
      ) : null}
    </div>
  );
}

export type KeysetPaginationProps = {
  /** Cursor for the newer (previous) page; null/undefined disables "Newer". */
  newerCursor?: string | null;
  /** Cursor for the older (next) page; null/undefined disables "Older". */
  olderCursor?: string | null;
  makeHref: (cursor: string) => string;
  /** Optional link back to the newest page (no cursor), shown as "Newest" when not already there. */
  newestHref?: string | null;
  newerLabel?: string;
  olderLabel?: string;
  className?: string;
};

/** Keyset / cursor pagination: ‹ Newer · Older ›. Renders nothing when both directions are unavailable. */
export function KeysetPagination({
  newerCursor,
  olderCursor,
  makeHref,
  newestHref,
  newerLabel = 'Newer',
  olderLabel = 'Older',
  className,
}: KeysetPaginationProps) {
  if (!newerCursor && !olderCursor && !newestHref) return null;
  return (
    <nav aria-label="Pagination" className={cn('flex items-center justify-end gap-2', className)}>
      {newestHref ? (
        <Link href={newestHref} className={buttonVariants({ variant: 'ghost', size: 'sm' })}>
          Newest
        </Link>
      ) : null}
      <NavItem href={newerCursor ? makeHref(newerCursor) : null} rel="prev">
        <ChevronLeftIcon aria-hidden="true" />
        {newerLabel}
      </NavItem>
      <NavItem href={olderCursor ? makeHref(olderCursor) : null} rel="next">
        {olderLabel}
        <ChevronRightIcon aria-hidden="true" />
      </NavItem>
    </nav>
  );
}
