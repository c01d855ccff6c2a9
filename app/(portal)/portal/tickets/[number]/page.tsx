import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { orNotFound, requirePageActor } from '@/app/_lib/session.ts';
import { CUSTOMER_ROLES } from '@/lib/auth/roles.ts';
import { getTicket } from '@/lib/server/tickets/get-ticket.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { TicketOverview } from '@/components/tickets/ticket-overview.tsx';
import { EstimateDecision } from '@/components/tickets/estimate-decision.tsx';
import { ReplyForm } from '@/components/tickets/reply-form.tsx';
import { customerReplyAction } from '@/app/_actions/comment-actions.ts';

export const metadata: Metadata = { title: 'Ticket' };

export default async function PortalTicketPage({ params }: { params: Promise<{ number: string }> }) {
  const actor = await requirePageActor({ roles: CUSTOMER_ROLES });
  const number = Number((await params).number);
  if (!Number.isInteger(number) || number < 1) notFound();
  const ticket = await orNotFound(getTicket({ actor, number }));
  return (
    <>
      <PageHeader title={`#${ticket.number} ${ticket.subject}`} />
      {actor.role === 'customer_admin'
        ? ticket.estimates.filter((e) => e.status === 'pending').map((estimate) => (
            <div key={estimate.id} className="mb-6"><EstimateDecision estimate={estimate} ticketNumber={ticket.number} /></div>
          ))
        : null}
      <TicketOverview ticket={ticket} replyForm={ticket.status === 'closed' ? null : <ReplyForm action={customerReplyAction} ticketId={ticket.id} ticketNumber={ticket.number} canWriteInternal={false} />} isStaffView={false} />
    </>
  );
}
