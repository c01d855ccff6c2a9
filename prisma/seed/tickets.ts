import type { Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import type { MaintenancePhase, Priority, TicketStatus, TicketType } from '@/lib/db/generated/enums.ts';
import { createTicket } from '@/lib/server/tickets/create-ticket.ts';
import { logTime } from '@/lib/server/time/log-time.ts';
import { localTime, weekdayDaysAgo } from './local-time.ts';

interface EntryPlan {
  daysAgo: number;
  at: string;
  minutes: number;
  mode?: 'remote' | 'onsite' | 'phone';
  /** keep the local clock time even on a weekend (after-hours demos) */
  isExactDay?: boolean;
  notes?: string;
}

export interface TicketPlan {
  client: string;
  type: TicketType;
  phase?: MaintenancePhase;
  priority: Priority;
  subject: string;
  status: TicketStatus;
  openedDaysAgo: number;
  channel?: 'portal' | 'email' | 'phone' | 'hotline';
  assets?: string[];
  requester?: string;
  estimate?: { description: string; minutes?: number; amount?: string; status: 'pending' | 'approved' | 'rejected' };
  entries?: EntryPlan[];
  reply?: string;
  note?: string;
}

export interface SeedContext {
  db: Db;
  now: Date;
  clients: Record<string, { id: string; timezone: string; assets: Record<string, string> }>;
  technicians: Actor[];
  customers: Record<string, Actor>;
}

/** Creates a ticket through the real use cases, then walks it to its planned state. */
export async function seedTicket(ctx: SeedContext, plan: TicketPlan, index: number): Promise<void> {
  const { db, now } = ctx;
  const client = ctx.clients[plan.client];
  const tech = ctx.technicians[index % ctx.technicians.length];
  const requester = plan.requester ? ctx.customers[plan.requester] : undefined;
  const openedAt = localTime(client.timezone, now, plan.openedDaysAgo, '09:10');
  const ticket = await createTicket(
    {
      actor: requester ?? tech,
      input: {
        clientId: client.id,
        type: plan.type,
        phase: plan.phase,
        priority: plan.priority,
        channel: requester ? undefined : (plan.channel ?? 'email'),
        subject: plan.subject,
        description: `${plan.subject}. Reported by the client.`,
        assetIds: (plan.assets ?? []).map((name) => client.assets[name]).filter(Boolean),
      },
      now: openedAt,
    },
    db,
  );

  if (plan.estimate) {
    await db.estimate.create({
      data: {
        ticketId: ticket.id,
        clientId: client.id,
        description: plan.estimate.description,
        minutes: plan.estimate.minutes ?? null,
        amount: plan.estimate.amount ?? null,
        status: plan.estimate.status,
        requestedById: tech.userId,
        decidedById: plan.estimate.status === 'pending' ? null : (ctx.customers[`${plan.client}-admin`]?.userId ?? null),
        decidedAt: plan.estimate.status === 'pending' ? null : openedAt,
        decisionNote: plan.estimate.status === 'rejected' ? 'Not this quarter; please revisit at the review.' : null,
        createdAt: openedAt,
      },
    });
  }
  for (const entry of plan.entries ?? []) {
    const daysAgo = entry.isExactDay ? entry.daysAgo : weekdayDaysAgo(client.timezone, now, entry.daysAgo);
    const startedAt = localTime(client.timezone, now, daysAgo, entry.at);
    await logTime(
      {
        actor: tech,
        input: {
          ticketId: ticket.id,
          startedAt,
          endedAt: new Date(startedAt.getTime() + entry.minutes * 60_000),
          mode: entry.mode ?? 'remote',
          notes: entry.notes ?? 'Worked the issue with the user.',
        },
      },
      db,
    );
  }
  const isDone = plan.status === 'resolved' || plan.status === 'closed';
  const firstRespondedAt = plan.status === 'new' ? null : new Date(openedAt.getTime() + 25 * 60_000);
  if (plan.reply && firstRespondedAt) {
    await db.ticketComment.create({ data: { ticketId: ticket.id, authorId: tech.userId, body: plan.reply, createdAt: firstRespondedAt } });
  }
  if (plan.note) {
    await db.ticketComment.create({ data: { ticketId: ticket.id, authorId: tech.userId, body: plan.note, isInternal: true, createdAt: firstRespondedAt ?? openedAt } });
  }
  await db.ticket.update({
    where: { id: ticket.id },
    data: {
      status: plan.status,
      assigneeId: plan.status === 'new' ? null : tech.userId,
      firstRespondedAt,
      isResponseMet: firstRespondedAt ? true : null,
      resolvedAt: isDone ? new Date(openedAt.getTime() + 3 * 3600_000) : null,
      closedAt: plan.status === 'closed' ? new Date(openedAt.getTime() + 26 * 3600_000) : null,
      isResolutionMet: isDone ? true : null,
      slaPausedAt: plan.status === 'waiting_on_customer' ? now : null,
    },
  });
}
