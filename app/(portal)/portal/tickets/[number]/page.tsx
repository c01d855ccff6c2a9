import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { orNotFound, requirePageActor } from '@/app/_lib/session.ts';
import { CUSTOMER_ROLES } from '@/lib/auth/roles.ts';
import { getTicket } from '@/lib/server/tickets/get-ticket.ts';
import { getPortalTicketDetails } from '@/lib/server/tickets/get-portal-ticket-details.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { TicketOverview } from '@/components/tickets/ticket-overview.tsx';
import { EstimateDecision } from '@/components/tickets/estimate-decision.tsx';
import { ReplyForm } from '@/components/tickets/reply-form.tsx';
import { AttachmentList } from '@/components/tickets/attachment-list.tsx';
import { TicketAftercare } from '@/components/portal/ticket-aftercare.tsx';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card.tsx';
import { customerReplyAction } from '@/app/_actions/comment-actions.ts';
import { rateTicketAction, reopenTicketAction } from '@/app/_actions/portal-ticket-actions.ts';

export const metadata: Metadata = { title: 'Ticket' };

type SearchParams = Promise<Record<string, string | undefined>>;

export default async function PortalTicketPage({ params, searchParams }: { params: Promise<{ number: string }>; searchParams: SearchParams }) {
  const actor = await requirePageActor({ roles: CUSTOMER_ROLES });
  const number = Number((await params).number);
  if (!Number.isInteger(number) || number < 1) notFound();
  const ticket = await orNotFound(getTicket({ actor, number }));
  const details = await getPortalTicketDetails({ actor, ticketId: ticket.id });
  const isJustSubmitted = (await searchParams).submitted === '1';
  const tz = ticket.client.timezone;
  return (
    <>
      <PageHeader title={`#${ticket.number} ${ticket.subject}`} />
      {isJustSubmitted ? (
        <p role="status" className="mb-6 rounded-md border border-success/30 bg-success/10 p-3 text-sm" data-testid="submitted-notice">
          Thank you — we have your request #{ticket.number}. You will find it in your tickets, and we reply here.
        </p>
      ) : null}
      {actor.role === 'customer_admin'
        ? ticket.estimates.filter((e) => e.status === 'pending').map((estimate) => (
            <div key={estimate.id} className="mb-6"><EstimateDecision estimate={estimate} ticketNumber={ticket.number} /></div>
          ))
        : null}
      <TicketOverview
        ticket={ticket}
        isStaffView={false}
        replyForm={ticket.status === 'closed' ? null : <ReplyForm action={customerReplyAction} ticketId={ticket.id} ticketNumber={ticket.number} canWriteInternal={false} />}
        aside={
          details.slaPromise ? (
            <Card>
              <CardHeader><CardTitle as="h2">Our promise</CardTitle></CardHeader>
              <CardContent className="text-sm" data-testid="sla-promise">{details.slaPromise}</CardContent>
            </Card>
          ) : null
        }
      >
        <Card>
          <CardHeader><CardTitle as="h2">Attachments</CardTitle></CardHeader>
          <CardContent><AttachmentList attachments={details.attachments} timezone={tz} /></CardContent>
        </Card>
        <TicketAftercare details={details} ticketId={ticket.id} ticketNumber={ticket.number} timezone={tz} reopenAction={reopenTicketAction} rateAction={rateTicketAction} />
      </TicketOverview>
    </>
  );
}
