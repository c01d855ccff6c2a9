import type { ReactNode } from 'react';
import type { TicketView } from '@/lib/server/tickets/get-ticket.ts';
import { Badge, type BadgeVariant } from '@/components/ui/badge.tsx';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card.tsx';
import { EmptyState } from '@/components/ui/empty-state.tsx';
import { StaticMarkup } from '@/components/ui/static-markup.tsx';
import { TimeEntryList } from '@/components/billing/time-entry-list.tsx';
import { describeDue, formatDateTime, formatDuration, formatMoneyString, humanize } from '@/lib/utils/format.ts';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs uppercase tracking-wide text-muted-foreground">{label}</dt>
      <dd className="mt-0.5 text-sm">{children}</dd>
    </div>
  );
}

function SlaFact({ label, dueAt, metAt }: { label: string; dueAt: Date | null; metAt: Date | null }) {
  if (!dueAt) return <Fact label={label}>No target in the agreement</Fact>;
  if (metAt) return <Fact label={label}>{metAt <= dueAt ? 'Met' : 'Missed'} ({formatDateTime(metAt)})</Fact>;
  const due = describeDue(dueAt)!;
  return (
    <Fact label={label}>
      <span className={due.isOverdue ? 'font-medium text-destructive' : ''}>{due.text}</span>
    </Fact>
  );
}

/**
 * The ticket as both faces show it; the console passes its own actions in `children`, and a
 * face may put extra cards at the top of the side column (`aside`).
 */
export function TicketOverview(props: { ticket: TicketView; isStaffView: boolean; replyForm?: ReactNode; children?: ReactNode; aside?: ReactNode }) {
  const { ticket } = props;
  const tz = ticket.client.timezone;
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <div className="min-w-0 space-y-6 lg:col-span-2">
        <Card>
          <CardHeader>
            <CardTitle as="h2">Description</CardTitle>
          </CardHeader>
          <CardContent className="whitespace-pre-wrap text-sm">{ticket.description || 'No description.'}</CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle as="h2">Conversation</CardTitle>
          </CardHeader>
          <CardContent className="space-y-4">
            {ticket.comments.length === 0 ? (
              <EmptyState title="No replies yet" />
            ) : (
              <StaticMarkup as="div" className="space-y-4">
                {ticket.comments.map((comment) => (
                  <article key={comment.id} className={comment.isInternal ? 'rounded-md border border-warning/40 bg-warning/10 p-3' : 'rounded-md border border-border p-3'}>
                    <header className="mb-1 flex flex-wrap gap-2 text-xs text-muted-foreground">
                      <span className="font-medium text-foreground">{comment.authorName}</span>
                      <time dateTime={comment.createdAt.toISOString()}>{formatDateTime(comment.createdAt, tz)}</time>
                      {comment.isInternal ? <Badge variant="warning">Internal note</Badge> : null}
                    </header>
                    <p className="whitespace-pre-wrap text-sm">{comment.body}</p>
                  </article>
                ))}
              </StaticMarkup>
            )}
            {props.replyForm}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle as="h2">Time and billing</CardTitle>
          </CardHeader>
          <CardContent>
            <TimeEntryList entries={ticket.timeEntries} timezone={tz} showNotes={props.isStaffView} />
          </CardContent>
        </Card>
        {props.children}
      </div>
      <aside className="min-w-0 space-y-6">
        {props.aside}
        <Card>
          <CardContent className="pt-6">
            <StaticMarkup as="dl" className="grid grid-cols-2 gap-4">
              <Fact label="Status">{humanize(ticket.status)}</Fact>
              <Fact label="Priority"><Badge variant={ticket.priority as BadgeVariant}>{ticket.priority}</Badge></Fact>
              <Fact label="Type">{humanize(ticket.type)}{ticket.phase ? ` (${ticket.phase})` : ''}</Fact>
              <Fact label="Channel">{humanize(ticket.channel)}</Fact>
              <Fact label="Client">{ticket.client.name}</Fact>
              <Fact label="Requester">{ticket.requesterName ?? '—'}</Fact>
              <Fact label="Assignee">{ticket.assignee?.name ?? 'Unassigned'}</Fact>
              <Fact label="Opened">{formatDateTime(ticket.createdAt, tz)}</Fact>
              <SlaFact label="Response" dueAt={ticket.responseDueAt} metAt={ticket.firstRespondedAt} />
              <SlaFact label="Resolution" dueAt={ticket.resolutionDueAt} metAt={ticket.resolvedAt} />
            </StaticMarkup>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle as="h2">Assets</CardTitle>
          </CardHeader>
          <CardContent>
            {ticket.assets.length === 0 ? <p className="text-sm text-muted-foreground">No assets linked.</p> : null}
            <ul className="space-y-1 text-sm">
              {ticket.assets.map((asset) => (
                <li key={asset.id}>
                  {asset.name} <span className="text-muted-foreground">· {humanize(asset.class)}</span>
                  {!asset.isSupported ? <Badge variant="danger" className="ml-2">Unsupported</Badge> : null}
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle as="h2">Estimates</CardTitle>
          </CardHeader>
          <CardContent className="space-y-3">
            {ticket.estimates.length === 0 ? <p className="text-sm text-muted-foreground">No estimates.</p> : null}
            {ticket.estimates.map((estimate) => (
              <div key={estimate.id} className="text-sm" data-testid="estimate">
                <div className="flex items-center gap-2">
                  <Badge variant={estimate.status === 'approved' ? 'success' : estimate.status === 'rejected' ? 'danger' : 'warning'}>{humanize(estimate.status)}</Badge>
                  <span>{estimate.amount ? formatMoneyString(estimate.amount) + ' flat fee' : formatDuration(estimate.minutes ?? 0)}</span>
                </div>
                <p className="mt-1">{estimate.description}</p>
                {estimate.decisionNote ? <p className="text-xs text-muted-foreground">“{estimate.decisionNote}”</p> : null}
              </div>
            ))}
          </CardContent>
        </Card>
      </aside>
    </div>
  );
}
