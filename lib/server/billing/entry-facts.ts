import type { DbTx } from '@/lib/db/client.ts';
import type { WorkFacts } from '@/lib/domain/billing/index.ts';

export type TicketFacts = WorkFacts['ticket'] & {
  assets: WorkFacts['assets'];
  approval: WorkFacts['approval'];
};

/** The ticket side of the facts: type, phase, priority, linked assets, approved estimate. */
export async function loadTicketFacts(tx: DbTx, ticketIds: string[]): Promise<Map<string, TicketFacts>> {
  if (ticketIds.length === 0) return new Map();
  const tickets = await tx.ticket.findMany({
    where: { id: { in: ticketIds } },
    select: {
      id: true,
      type: true,
      phase: true,
      priority: true,
      assets: { select: { asset: { select: { id: true, name: true, class: true, isSupported: true } } } },
      estimates: {
        where: { status: 'approved' },
        orderBy: [{ decidedAt: 'desc' }, { id: 'asc' }],
        take: 1,
        select: { id: true, minutes: true, amount: true },
      },
    },
  });
  return new Map(
    tickets.map((ticket) => {
      const estimate = ticket.estimates[0];
      return [
        ticket.id,
        {
          id: ticket.id,
          type: ticket.type,
          phase: ticket.phase,
          priority: ticket.priority,
          assets: ticket.assets.map((link) => link.asset).sort((a, b) => a.id.localeCompare(b.id)),
          approval: estimate
            ? { estimateId: estimate.id, minutes: estimate.minutes, amount: estimate.amount?.toString() ?? null }
            : null,
        },
      ];
    }),
  );
}

export interface EntryRow {
  id: string;
  ticketId: string;
  startedAt: Date;
  endedAt: Date;
  minutes: number;
  mode: WorkFacts['mode'];
  isInternal: boolean;
}

export function toWorkFacts(entry: EntryRow, ticket: TicketFacts): WorkFacts {
  const { assets, approval, ...ticketCore } = ticket;
  return {
    entryId: entry.id,
    startedAt: entry.startedAt,
    endedAt: entry.endedAt,
    minutes: entry.minutes,
    mode: entry.mode,
    isInternal: entry.isInternal,
    ticket: ticketCore,
    assets,
    approval,
  };
}
