import type { Prisma } from '@/lib/db/generated/client.ts';

export interface TicketListItem {
  id: string;
  number: number;
  subject: string;
  type: string;
  priority: string;
  status: string;
  clientName: string;
  assigneeName: string | null;
  resolutionDueAt: Date | null;
  createdAt: Date;
}

/** The columns every ticket list reads; nothing internal. */
export const ticketListSelect = {
  id: true,
  number: true,
  subject: true,
  type: true,
  priority: true,
  status: true,
  resolutionDueAt: true,
  createdAt: true,
  client: { select: { name: true } },
  assignee: { select: { name: true } },
} as const satisfies Prisma.TicketSelect;

type Row = Prisma.TicketGetPayload<{ select: typeof ticketListSelect }>;

export function toTicketListItem(row: Row): TicketListItem {
  return {
    id: row.id,
    number: row.number,
    subject: row.subject,
    type: row.type,
    priority: row.priority,
    status: row.status,
    clientName: row.client.name,
    assigneeName: row.assignee?.name ?? null,
    resolutionDueAt: row.resolutionDueAt,
    createdAt: row.createdAt,
  };
}
