import type { ReactNode } from 'react';
import { renderStaticMarkup } from '@/lib/html/render-static-markup.ts';

type Tag = 'div' | 'tbody' | 'ol' | 'dl';

/**
 * Server-only content rendered once to HTML inside one `as` element. For the long, read-only
 * parts of pages technicians load all day (queue rows, a ticket's timeline and entries): as React
 * elements each was serialised into the page payload, read back and rendered to HTML, which made
 * up most of those pages' server CPU. Children may only be host elements and plain function
 * components that call no hooks (renderStaticMarkup refuses the rest). Links inside are plain
 * `<a>`s: a list with links puts RowClickNavigation beside it, which routes them inside the app.
 */
export function StaticMarkup({ as: Tag, children, ...props }: { as: Tag; children: ReactNode; className?: string; 'aria-label'?: string; 'data-slot'?: string }) {
  return <Tag {...props} dangerouslySetInnerHTML={{ __html: renderStaticMarkup(children) }} />;
}
