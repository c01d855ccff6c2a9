import type { Actor } from '@/lib/auth/actor.ts';
import type { Prisma } from '@/lib/db/generated/client.ts';

export const OPEN_STATUSES = ['new', 'triaged', 'in_progress', 'waiting_on_customer', 'awaiting_approval'] as const;

export const QUEUES = ['unassigned', 'mine', 'team', 'at_risk', 'breached', 'waiting', 'approval', 'open', 'all'] as const;
export type QueueName = (typeof QUEUES)[number];

export const QUEUE_LABELS: Record<QueueName, string> = {
  unassigned: 'Unassigned',
  mine: 'Mine',
  team: 'My team',
  at_risk: 'SLA at risk',
  breached: 'Breached',
  waiting: 'Waiting on customer',
  approval: 'Awaiting approval',
  open: 'All open',
  all: 'All',
};

const AT_RISK_MINUTES = 60;

/** The where-clause of each staff queue; time-based queues are relative to `now`. */
export function queueWhere(queue: QueueName, actor: Actor & { teamId?: string | null }, now: Date): Prisma.TicketWhereInput {
  const open: Prisma.TicketWhereInput = { status: { in: [...OPEN_STATUSES] }, mergedIntoId: null };
  // the SLA clock is paused while waiting on the customer
  const running: Prisma.TicketWhereInput = { status: { in: ['new', 'triaged', 'in_progress', 'awaiting_approval'] }, mergedIntoId: null };
  switch (queue) {
    case 'unassigned':
      return { ...open, assigneeId: null };
    case 'mine':
      return { ...open, assigneeId: actor.userId };
    case 'team':
      return actor.teamId ? { ...open, OR: [{ teamId: actor.teamId }, { assignee: { teamId: actor.teamId } }] } : { id: { in: [] } };
    case 'at_risk':
      return { ...running, resolutionDueAt: { gte: now, lt: new Date(now.getTime() + AT_RISK_MINUTES * 60_000) } };
    case 'breached':
      return { ...running, resolutionDueAt: { lt: now } };
    case 'waiting':
      return { status: 'waiting_on_customer', mergedIntoId: null };
    case 'approval':
      return { status: 'awaiting_approval', mergedIntoId: null };
    case 'open':
      return open;
    case 'all':
      return {};
  }
}
