import type { DbTx } from '@/lib/db/client.ts';
import type { Channel, MaintenancePhase, Priority, TicketStatus, TicketType } from '@/lib/db/generated/enums.ts';

export async function makeTicket(
  db: DbTx,
  input: {
    clientId: string;
    type?: TicketType;
    phase?: MaintenancePhase | null;
    priority?: Priority;
    channel?: Channel;
    status?: TicketStatus;
    subject?: string;
    description?: string;
    requesterId?: string | null;
    assigneeId?: string | null;
    assetIds?: string[];
    createdAt?: Date;
    parentTicketId?: string;
  },
) {
  return db.ticket.create({
    data: {
      clientId: input.clientId,
      type: input.type ?? 'incident',
      phase: input.phase ?? (input.type === 'maintenance' ? 'assessment' : null),
      priority: input.priority ?? 'P3',
      channel: input.channel ?? 'portal',
      status: input.status ?? 'new',
      subject: input.subject ?? 'Something is broken',
      description: input.description ?? '',
      requesterId: input.requesterId ?? null,
      assigneeId: input.assigneeId ?? null,
      parentTicketId: input.parentTicketId ?? null,
      createdAt: input.createdAt,
      assets: input.assetIds?.length ? { create: input.assetIds.map((assetId) => ({ assetId })) } : undefined,
    },
  });
}

export async function makeApprovedEstimate(
  db: DbTx,
  input: { ticketId: string; clientId: string; requestedById: string; decidedById?: string; minutes?: number | null; amount?: string | null },
) {
  return db.estimate.create({
    data: {
      ticketId: input.ticketId,
      clientId: input.clientId,
      description: 'Approved work',
      minutes: input.minutes ?? (input.amount ? null : 120),
      amount: input.amount ?? null,
      status: 'approved',
      requestedById: input.requestedById,
      decidedById: input.decidedById ?? null,
      decidedAt: new Date(),
    },
  });
}
