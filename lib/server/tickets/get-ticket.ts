import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { isCustomerRole } from '@/lib/auth/roles.ts';
import { ticketsVisibleTo } from '@/lib/db/scope.ts';
import { notFound } from '@/lib/errors/app-error.ts';
import { decisionViewSelect, toDecisionView, type DecisionView } from '@/lib/server/billing/decision-view.ts';

export interface TicketTimeEntryView {
  id: string;
  technicianName: string;
  startedAt: Date;
  endedAt: Date;
  minutes: number;
  mode: string;
  notes: string | null;
  isLocked: boolean;
  decision: DecisionView | null;
}

export interface TicketView {
  id: string;
  number: number;
  subject: string;
  description: string;
  type: string;
  phase: string | null;
  priority: string;
  status: string;
  channel: string;
  client: { id: string; name: string; timezone: string };
  requesterName: string | null;
  assignee: { id: string; name: string } | null;
  responseDueAt: Date | null;
  resolutionDueAt: Date | null;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
  createdAt: Date;
  assets: { id: string; name: string; class: string; isSupported: boolean }[];
  comments: { id: string; authorName: string; body: string; isInternal: boolean; createdAt: Date }[];
  estimates: { id: string; description: string; minutes: number | null; amount: string | null; status: string; decisionNote: string | null; createdAt: Date }[];
  timeEntries: TicketTimeEntryView[];
}

/**
 * A ticket as the actor may see it; another client's ticket is simply not found. Customers
 * never receive internal notes nor technicians' private time notes.
 */
export async function getTicket(options: { actor: Actor; number: number }, tx: DbTx = db): Promise<TicketView> {
  const isCustomer = isCustomerRole(options.actor.role);
  const ticket = await tx.ticket.findFirst({
    where: { AND: [ticketsVisibleTo(options.actor), { number: options.number }] },
    select: {
      id: true,
      number: true,
      subject: true,
      description: true,
      type: true,
      phase: true,
      priority: true,
      status: true,
      channel: true,
      responseDueAt: true,
      resolutionDueAt: true,
      firstRespondedAt: true,
      resolvedAt: true,
      createdAt: true,
      client: { select: { id: true, name: true, timezone: true } },
      requester: { select: { name: true } },
      assignee: { select: { id: true, name: true } },
      assets: { select: { asset: { select: { id: true, name: true, class: true, isSupported: true } } } },
      comments: {
        where: isCustomer ? { isInternal: false } : {},
        orderBy: { createdAt: 'asc' },
        select: { id: true, body: true, isInternal: true, createdAt: true, author: { select: { name: true } } },
      },
      estimates: {
        orderBy: { createdAt: 'desc' },
        select: { id: true, description: true, minutes: true, amount: true, status: true, decisionNote: true, createdAt: true },
      },
      timeEntries: {
        orderBy: { startedAt: 'asc' },
        select: {
          id: true,
          startedAt: true,
          endedAt: true,
          minutes: true,
          mode: true,
          notes: true,
          lockedAt: true,
          user: { select: { name: true } },
          decisions: {
            where: { isCurrent: true },
            select: decisionViewSelect,
          },
        },
      },
    },
  });
  if (!ticket) throw notFound('The ticket');
  return {
    ...ticket,
    requesterName: ticket.requester?.name ?? null,
    assets: ticket.assets.map((link) => link.asset),
    comments: ticket.comments.map((c) => ({ id: c.id, authorName: c.author?.name ?? 'System', body: c.body, isInternal: c.isInternal, createdAt: c.createdAt })),
    estimates: ticket.estimates.map((e) => ({ ...e, amount: e.amount?.toFixed(2) ?? null })),
    timeEntries: ticket.timeEntries.map((entry) => {
      const decision = entry.decisions[0];
      return {
        id: entry.id,
        technicianName: entry.user.name,
        startedAt: entry.startedAt,
        endedAt: entry.endedAt,
        minutes: entry.minutes,
        mode: entry.mode,
        notes: isCustomer ? null : entry.notes,
        isLocked: entry.lockedAt !== null,
        decision: toDecisionView(decision),
      };
    }),
  };
}
