import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { humanize } from '@/lib/utils/format.ts';

export interface TimelineItem {
  at: Date;
  kind: 'reply' | 'note' | 'event' | 'time' | 'estimate' | 'alert';
  actorName: string | null;
  text: string;
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
export async function getTicketTimeline(options: { actor: Actor | null; ticketId: string }, tx: DbTx = db): Promise<TimelineItem[]> {
  authorize(options.actor, { roles: STAFF_ROLES });
  const where = { ticketId: options.ticketId };
  const [comments, events, entries, estimates, alerts] = await Promise.all([
    tx.ticketComment.findMany({ where, select: { createdAt: true, body: true, isInternal: true, author: { select: { name: true } } } }),
    tx.ticketEvent.findMany({ where, select: { createdAt: true, kind: true, data: true, actor: { select: { name: true } } } }),
    tx.timeEntry.findMany({ where, select: { startedAt: true, minutes: true, mode: true, user: { select: { name: true } }, decisions: { where: { isCurrent: true }, select: { outcome: true } } } }),
    tx.estimate.findMany({ where, select: { createdAt: true, decidedAt: true, status: true, description: true, requestedBy: { select: { name: true } }, decidedBy: { select: { name: true } } } }),
    tx.monitoringAlert.findMany({ where, select: { receivedAt: true, message: true, source: true, occurrences: true } }),
  ]);
  const items: TimelineItem[] = [
    ...comments.map((c) => ({ at: c.createdAt, kind: c.isInternal ? ('note' as const) : ('reply' as const), actorName: c.author?.name ?? null, text: c.body })),
    ...events.map((e) => ({ at: e.createdAt, kind: 'event' as const, actorName: e.actor?.name ?? null, text: describeEvent(e.kind, (e.data ?? {}) as Record<string, unknown>) })),
    ...entries.map((e) => ({ at: e.startedAt, kind: 'time' as const, actorName: e.user.name, text: `${e.minutes} min ${e.mode} — ${humanize(e.decisions[0]?.outcome ?? 'undecided')}` })),
    ...estimates.flatMap((e) => [
      { at: e.createdAt, kind: 'estimate' as const, actorName: e.requestedBy.name, text: `Estimate raised: ${e.description}` },
      ...(e.decidedAt ? [{ at: e.decidedAt, kind: 'estimate' as const, actorName: e.decidedBy?.name ?? null, text: `Estimate ${e.status}` }] : []),
    ]),
    ...alerts.map((a) => ({ at: a.receivedAt, kind: 'alert' as const, actorName: a.source, text: `${a.message}${a.occurrences > 1 ? ` (×${a.occurrences})` : ''}` })),
  ];
  return items.sort((a, b) => a.at.getTime() - b.at.getTime());
}
