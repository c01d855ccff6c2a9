
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
