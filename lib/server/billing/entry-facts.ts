import type { WorkFacts } from '@/lib/domain/billing/index.ts';

export type TicketFacts = WorkFacts['ticket'] & {
  assets: WorkFacts['assets'];
  approval: WorkFacts['approval'];
};

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
