import { humanize } from '@/lib/utils/format.ts';

export interface TimelineItem {
  at: Date;
  kind: 'reply' | 'note' | 'event' | 'time' | 'estimate' | 'alert';
  actorName: string | null;
  text: string;
}

/** What a staff timeline is made of; the rows the console's ticket query has already read. */
export interface TimelineSources {
  comments: { createdAt: Date; body: string; isInternal: boolean; authorName: string | null }[];
  events: { createdAt: Date; kind: string; data: unknown; actorName: string | null }[];
  timeEntries: { startedAt: Date; minutes: number; mode: string; technicianName: string; outcome: string | null }[];
  estimates: { createdAt: Date; decidedAt: Date | null; status: string; description: string; requestedByName: string; decidedByName: string | null }[];
  alerts: { receivedAt: Date; message: string; source: string; occurrences: number }[];
}

function describeEvent(kind: string, data: Record<string, unknown>): string {
  const from = data.from ? humanize(String(data.from)) : null;
  const to = data.to ? humanize(String(data.to)) : null;
  switch (kind) {
    case 'created':
      return `Opened by ${humanize(String(data.channel ?? 'portal'))} as ${humanize(String(data.type ?? ''))} ${data.priority ?? ''}`.trim();
    case 'status_changed':
      return `Status ${from ?? '—'} → ${to ?? '—'}${data.cause === 'customer_replied' ? ' (the customer replied)' : ''}`;
    case 'type_changed':
    case 'priority_changed':
      return `${humanize(kind.replace('_changed', ''))} ${from ?? '—'} → ${to ?? '—'}`;
    case 'assets_changed':
      return 'Linked assets changed';
    case 'assigned':
      return data.to ? 'Assigned' : 'Returned to the queue';
    case 'merged_into':
      return `Merged into #${data.number}`;
    case 'merged_from':
      return `Ticket #${data.number} was merged into this one`;
    default:
      return humanize(kind);
  }
}

/** One staff timeline: replies, notes, changes, time, estimates and alerts, oldest first. */
export function buildTicketTimeline(sources: TimelineSources): TimelineItem[] {
  const items: TimelineItem[] = [
    ...sources.comments.map((c) => ({ at: c.createdAt, kind: c.isInternal ? ('note' as const) : ('reply' as const), actorName: c.authorName, text: c.body })),
    ...sources.events.map((e) => ({ at: e.createdAt, kind: 'event' as const, actorName: e.actorName, text: describeEvent(e.kind, (e.data ?? {}) as Record<string, unknown>) })),
    ...sources.timeEntries.map((e) => ({ at: e.startedAt, kind: 'time' as const, actorName: e.technicianName, text: `${e.minutes} min ${e.mode} — ${humanize(e.outcome ?? 'undecided')}` })),
    ...sources.estimates.flatMap((e) => [
      { at: e.createdAt, kind: 'estimate' as const, actorName: e.requestedByName, text: `Estimate raised: ${e.description}` },
      ...(e.decidedAt ? [{ at: e.decidedAt, kind: 'estimate' as const, actorName: e.decidedByName, text: `Estimate ${e.status}` }] : []),
    ]),
    ...sources.alerts.map((a) => ({ at: a.receivedAt, kind: 'alert' as const, actorName: a.source, text: `${a.message}${a.occurrences > 1 ? ` (×${a.occurrences})` : ''}` })),
  ];
  return items.sort((a, b) => a.at.getTime() - b.at.getTime());
}
