'use client';

import { useEffect, useRef } from 'react';
import { useRouter } from 'next/navigation';

const INTERACTIVE = 'a,button,input,select,textarea,label,summary,[role="button"],[data-no-row-click]';

/** A plain click (no modifier key, same window, same origin) that the app may route itself. */
function isPlainClick(event: MouseEvent, link: HTMLAnchorElement): boolean {
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  if ((link.target && link.target !== '_self') || link.hasAttribute('download')) return false;
  return link.origin === window.location.origin;
}

/**
 * Navigation for a server-rendered list, with one listener for the whole list instead of a
 * client component per row or link: its plain links navigate inside the app (as next/link
 * would, without prefetching every row), and its rows (`tr[data-href]`) are clickable. The
 * row's own link stays the keyboard path; the row is the mouse convenience (ctrl/⌘-click
 * opens a new tab).
 */
export function RowClickNavigation() {
  const marker = useRef<HTMLSpanElement>(null);
  const router = useRouter();
  useEffect(() => {
    const container = marker.current?.parentElement;
    if (!container) return;
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      const target = event.target as HTMLElement;
      const link = target.closest<HTMLAnchorElement>('a[href]');
      if (link && container.contains(link)) {
        if (!isPlainClick(event, link)) return;
        event.preventDefault();
        router.push(`${link.pathname}${link.search}${link.hash}`);
        return;
      }
      const row = target.closest<HTMLTableRowElement>('tr[data-href]');
      if (!row || !container.contains(row)) return;
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
