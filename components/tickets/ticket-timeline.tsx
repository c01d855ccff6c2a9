import type { TimelineItem } from '@/lib/server/tickets/ticket-timeline.ts';
import { Badge } from '@/components/ui/badge.tsx';
import { StaticMarkup } from '@/components/ui/static-markup.tsx';
import { formatDateTime, humanize } from '@/lib/utils/format.ts';

const TONE: Record<TimelineItem['kind'], 'neutral' | 'info' | 'warning' | 'success' | 'danger'> = {
  reply: 'info',
  note: 'warning',
  event: 'neutral',
  time: 'success',
  estimate: 'warning',
  alert: 'danger',
};

/** Everything that happened to a ticket, in order, as static markup (a long ticket has hundreds of items). */
export function TicketTimeline({ items, timezone }: { items: TimelineItem[]; timezone: string }) {
  return (
    <StaticMarkup as="ol" className="space-y-2 text-sm" aria-label="Timeline">
      {items.map((item, index) => (
        <li key={index} className="flex flex-wrap items-start gap-2">
          <time className="w-36 shrink-0 text-xs text-muted-foreground" dateTime={item.at.toISOString()}>{formatDateTime(item.at, timezone)}</time>
          <Badge variant={TONE[item.kind]}>{item.kind === 'note' ? 'Internal note' : humanize(item.kind)}</Badge>
          <span className="min-w-0 flex-1 whitespace-pre-wrap">{item.actorName ? <span className="font-medium">{item.actorName}: </span> : null}{item.text}</span>
        </li>
      ))}
    </StaticMarkup>
  );
}
