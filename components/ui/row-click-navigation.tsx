'use client';

import { useEffect, useRef } from 'react';
import { useRouter } from 'next/navigation';

const INTERACTIVE = 'a,button,input,select,textarea,label,summary,[role="button"],[data-no-row-click]';

/**
 * Makes the rows (`tr[data-href]`) of the table it sits beside clickable, with one listener
 * for the whole table instead of a client component per row. The row's own link stays the
 * keyboard path; this is the mouse convenience (ctrl/⌘-click opens a new tab).
 */
export function RowClickNavigation() {
  const marker = useRef<HTMLSpanElement>(null);
  const router = useRouter();
  useEffect(() => {
    const container = marker.current?.parentElement;
    if (!container) return;
    const onClick = (event: MouseEvent) => {
      const target = event.target as HTMLElement;
      const row = target.closest<HTMLTableRowElement>('tr[data-href]');
      if (!row || !container.contains(row) || event.defaultPrevented || event.button !== 0) return;
      if (target.closest(INTERACTIVE) || window.getSelection()?.toString()) return;
      const href = row.dataset.href!;
      if (event.metaKey || event.ctrlKey) window.open(href, '_blank', 'noopener');
      else router.push(href);
    };
    container.addEventListener('click', onClick);
    return () => container.removeEventListener('click', onClick);
  }, [router]);
  return <span ref={marker} hidden />;
}
