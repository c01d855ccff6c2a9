import Link from 'next/link';
import { BellIcon, FileTextIcon, TicketIcon, WrenchIcon } from 'lucide-react';
import type { AssetHistoryEntry } from '@/lib/server/assets/get-asset.ts';
import { Badge } from '@/components/ui/badge.tsx';
import { EmptyState } from '@/components/ui/empty-state.tsx';
import { formatDate, formatDateTime, humanize } from '@/lib/utils/format.ts';

function Entry(props: { entry: AssetHistoryEntry; timezone: string; ticketHref: (number: number) => string }) {
  const { entry } = props;
  if (entry.kind === 'ticket') {
    const { ticket } = entry;
    const Icon = ticket.type === 'maintenance' ? WrenchIcon : TicketIcon;
    return (
      <>
        <Icon className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden="true" />
        <div className="min-w-0 space-y-1">
          <p className="text-sm">
            <Link href={props.ticketHref(ticket.number)} className="font-medium hover:underline">
              #{ticket.number} {ticket.subject}
            </Link>
          </p>
          <p className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
            <Badge variant="outline">{humanize(ticket.type)}{ticket.phase ? ` · ${humanize(ticket.phase)}` : ''}</Badge>
            <span>{humanize(ticket.status)}</span>
            <span>opened {formatDateTime(ticket.createdAt, props.timezone)}</span>
            {ticket.resolvedAt ? <span>resolved {formatDateTime(ticket.resolvedAt, props.timezone)}</span> : null}
            {entry.via === 'maintenance_schedule' ? <span>(scheduled maintenance of this class)</span> : null}
          </p>
        </div>
      </>
    );
  }
  if (entry.kind === 'alert') {
    const { alert } = entry;
    return (
      <>
        <BellIcon className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden="true" />
        <div className="min-w-0 space-y-1">
          <p className="text-sm">
            <span className="font-medium">Alert: {alert.message}</span>
          </p>
          <p className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
            <Badge variant={alert.severity === 'critical' ? 'danger' : 'warning'}>{alert.severity}</Badge>
            <span>{alert.source} · {alert.checkKey}</span>
            <span>{humanize(alert.status)}</span>
            <span>received {formatDateTime(entry.at, props.timezone)}{alert.occurrences > 1 ? `, seen ${alert.occurrences} times` : ''}</span>
            {alert.ticketNumber ? <Link href={props.ticketHref(alert.ticketNumber)} className="hover:underline">ticket #{alert.ticketNumber}</Link> : null}
          </p>
        </div>
      </>
    );
  }
  const { contract } = entry;
  return (
    <>
      <FileTextIcon className="mt-0.5 size-4 shrink-0 text-muted-foreground" aria-hidden="true" />
      <div className="min-w-0 space-y-1">
        <p className="text-sm">
          <span className="font-medium">Covered by {contract.name}</span> <span className="text-muted-foreground">({contract.number})</span>
        </p>
        <p className="flex flex-wrap items-center gap-2 text-xs text-muted-foreground">
          <Badge variant="outline">{humanize(contract.kind)}</Badge>
          <span>{humanize(contract.status)}</span>
          <span>{formatDate(contract.startsOn)} – {contract.endsOn ? formatDate(contract.endsOn) : 'open-ended'}</span>
        </p>
      </div>
    </>
  );
}

/** Everything that touched an asset, newest first. */
export function AssetHistory(props: { history: AssetHistoryEntry[]; timezone: string; ticketHref: (number: number) => string }) {
  if (props.history.length === 0) return <EmptyState title="No history yet" description="Tickets, alerts and contracts that involve this asset will appear here." />;
  return (
    <ol className="space-y-3" aria-label="Asset history" data-testid="asset-history">
      {props.history.map((entry) => (
        <li
          key={`${entry.kind}:${entry.kind === 'ticket' ? entry.ticket.number : entry.kind === 'alert' ? entry.alert.id : entry.contract.id}`}
          className="flex gap-3 rounded-md border border-border p-3"
        >
          <Entry entry={entry} timezone={props.timezone} ticketHref={props.ticketHref} />
        </li>
      ))}
    </ol>
  );
}
