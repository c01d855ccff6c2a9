import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { orNotFound, requirePageActor } from '@/app/_lib/session.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { getConsoleTicket } from '@/lib/server/tickets/get-console-ticket.ts';
import { allowedNextStatuses } from '@/lib/server/tickets/ticket-status.ts';
import type { TicketStatus } from '@/lib/db/generated/enums.ts';
import { localDateKey } from '@/lib/domain/calendar/index.ts';
import { discardTimerAction, logTimeAction, startTimerAction, stopTimerAction } from '@/app/_actions/time-actions.ts';
import { TimerControl } from '@/components/billing/timer-control.tsx';
import { TicketWorkPanel } from '@/components/tickets/ticket-work-panel.tsx';
import { TicketTimeline } from '@/components/tickets/ticket-timeline.tsx';
import { TicketAdminActions } from '@/components/tickets/ticket-admin-actions.tsx';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { TicketOverview } from '@/components/tickets/ticket-overview.tsx';
import { ReplyForm } from '@/components/tickets/reply-form.tsx';
import { staffReplyAction } from '@/app/_actions/comment-actions.ts';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card.tsx';
import { LogTimeForm } from '@/components/billing/log-time-form.tsx';

export const metadata: Metadata = { title: 'Ticket' };

export default async function ConsoleTicketPage({ params }: { params: Promise<{ number: string }> }) {
  const actor = await requirePageActor({ roles: STAFF_ROLES });
  const number = Number((await params).number);
  if (!Number.isInteger(number) || number < 1) notFound();
  const { ticket, timeline, staff, runningTimer } = await orNotFound(getConsoleTicket({ actor, number }));
  return (
    <>
      <PageHeader title={`#${ticket.number} ${ticket.subject}`} description={<Link className="underline" href={`/console/clients/${ticket.client.id}`}>{ticket.client.name}</Link>} />
      <TicketOverview ticket={ticket} replyForm={ticket.status === 'closed' ? null : <ReplyForm action={staffReplyAction} ticketId={ticket.id} ticketNumber={ticket.number} canWriteInternal={true} />} isStaffView>
        <Card>
          <CardHeader>
            <CardTitle as="h2">Log time</CardTitle>
          </CardHeader>
          <CardContent className="space-y-6">
            <TimerControl
              ticketId={ticket.id}
              ticketNumber={ticket.number}
              running={runningTimer ? { ticketNumber: runningTimer.ticketNumber, startedAt: runningTimer.startedAt.toISOString() } : null}
              startAction={startTimerAction}
              stopAction={stopTimerAction}
              discardAction={discardTimerAction}
            />
            <LogTimeForm action={logTimeAction} ticketId={ticket.id} ticketNumber={ticket.number} timezone={ticket.client.timezone} today={localDateKey(ticket.client.timezone, new Date())} />
          </CardContent>
        </Card>
        <TicketWorkPanel
          ticket={{ id: ticket.id, number: ticket.number, type: ticket.type, phase: ticket.phase, priority: ticket.priority, status: ticket.status, assigneeId: ticket.assignee?.id ?? null }}
          statuses={[ticket.status, ...allowedNextStatuses(ticket.status as TicketStatus)]}
          staff={staff}
          linkedAssets={ticket.assets.map((asset) => ({ id: asset.id, name: asset.name, class: asset.class }))}
          pendingEstimates={ticket.estimates.filter((estimate) => estimate.status === 'pending').map((estimate) => ({ id: estimate.id, description: estimate.description }))}
        />
        <Card>
          <CardHeader><CardTitle as="h2">Timeline</CardTitle></CardHeader>
          <CardContent className="space-y-6">
            <TicketTimeline items={timeline} timezone={ticket.client.timezone} />
            <TicketAdminActions ticket={ticket} />
          </CardContent>
        </Card>
      </TicketOverview>
    </>
  );
}
