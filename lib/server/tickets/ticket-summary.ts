import type { MaintenancePhase, Priority, TicketStatus, TicketType } from '@/lib/db/generated/enums.ts';

export const ticketSummarySelect = {
  id: true,
  number: true,
  clientId: true,
  subject: true,
  type: true,
  phase: true,
  priority: true,
  status: true,
  responseDueAt: true,
  resolutionDueAt: true,
  slaPausedAt: true,
  resolvedAt: true,
  closedAt: true,
  updatedAt: true,
  assets: { orderBy: { assetId: 'asc' }, select: { assetId: true } },
} as const;

/** A ticket's classification and lifecycle, as the API returns it. */
export interface TicketSummary {
  id: string;
  number: number;
  clientId: string;
  subject: string;
  type: TicketType;
  phase: MaintenancePhase | null;
  priority: Priority;
  status: TicketStatus;
  assetIds: string[];
  responseDueAt: Date | null;
  resolutionDueAt: Date | null;
  slaPausedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  updatedAt: Date;
}

export function toTicketSummary(row: Omit<TicketSummary, 'assetIds'> & { assets: { assetId: string }[] }): TicketSummary {
  const { assets, ...rest } = row;
  return { ...rest, assetIds: assets.map((link) => link.assetId) };
}
