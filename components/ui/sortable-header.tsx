import * as React from 'react';
import Link from 'next/link';
import { ArrowDownIcon, ArrowUpIcon, ChevronsUpDownIcon } from 'lucide-react';
import { cn } from '@/lib/utils/cn';

export type SortDir = 'asc' | 'desc';

export type SortableHeaderProps = {
  label: React.ReactNode;
  /** Current direction if this column is the active sort, else null/undefined. */
  direction?: SortDir | null;
  /** URL that applies the next sort (build it with your searchParams helper). */
  href: string;
  align?: 'left' | 'center' | 'right';
  className?: string;
};

/** aria-sort value for a <th>. */
export function ariaSort(direction: SortDir | false | null | undefined): 'ascending' | 'descending' | 'none' {
  return direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none';
}

export function SortIcon({ direction }: { direction: SortDir | false | null | undefined }) {
  if (direction === 'asc') return <ArrowUpIcon className="size-3.5" aria-hidden="true" />;
  if (direction === 'desc') return <ArrowDownIcon className="size-3.5" aria-hidden="true" />;
  return <ChevronsUpDownIcon className="size-3.5 opacity-50" aria-hidden="true" />;
}

/**
 * Server-friendly sortable column header for server-sorted lists (sort in the URL):
 *   <SortableHeader label="Created" direction={sort === 'created' ? dir : null}
 *     href={`?sort=created&dir=${sort === 'created' && dir === 'asc' ? 'desc' : 'asc'}`} />
 * Renders a <th scope="col" aria-sort> containing a link. Use inside <TableHeader><TableRow>.
 */
export function SortableHeader({ label, direction, href, align = 'left', className }: SortableHeaderProps) {
  return (
    <th
      scope="col"
      aria-sort={ariaSort(direction)}
      className={cn(
        'h-10 px-3 align-middle text-xs font-medium whitespace-nowrap text-muted-foreground uppercase tracking-wide',
        align === 'right' ? 'text-right' : align === 'center' ? 'text-center' : 'text-left',
        className,
      )}
    >
      <Link
        href={href}
        scroll={false}
        className={cn(
          '-mx-1 inline-flex items-center gap-1 rounded-sm px-1 uppercase hover:text-foreground',
          direction && 'text-foreground',
        )}
      >
        {label}
        <SortIcon direction={direction} />
      </Link>
    </th>
  );
}
