import type { DbTx } from '@/lib/db/client.ts';
import type { AssetClass, ContractKind, ContractStatus, MaintenancePhase, TicketStatus, TicketType } from '@/lib/db/generated/enums.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { isCustomerRole } from '@/lib/auth/roles.ts';
import { ticketsVisibleTo } from '@/lib/db/scope.ts';

/** Per kind of entry; an asset's page shows the most recent, not decades of alerts. */
export const HISTORY_LIMIT = 200;

export interface AssetHistoryTicket {
  number: number;
  subject: string;
  type: TicketType;
  phase: MaintenancePhase | null;
  status: TicketStatus;
  createdAt: Date;
  resolvedAt: Date | null;
  closedAt: Date | null;
}

export type AssetHistoryEntry =
  | { kind: 'ticket'; at: Date; via: 'linked' | 'maintenance_schedule'; ticket: AssetHistoryTicket }
  | {
      kind: 'alert';
      at: Date;
      alert: { id: string; source: string; checkKey: string; severity: string; message: string; status: string; occurrences: number; lastSeenAt: Date; ticketNumber: number | null };
    }
  | {
      kind: 'contract';
      at: Date;
      contract: { id: string; number: string; name: string; kind: ContractKind; status: ContractStatus; startsOn: Date; endsOn: Date | null };
    };

const ticketSelect = { number: true, subject: true, type: true, phase: true, status: true, createdAt: true, resolvedAt: true, closedAt: true } as const;

/**
 * Everything that touched an asset: tickets linked to it (incidents, changes, maintenance…),
 * maintenance runs scheduled for its class at its client, monitoring alerts on it and the
 * contracts that cover it, newest first. Tickets follow the actor's ticket visibility.
 */
export async function loadAssetHistory(
  tx: DbTx,
  actor: Actor,
  asset: { id: string; clientId: string; class: AssetClass },
): Promise<AssetHistoryEntry[]> {
  const visibleTickets = ticketsVisibleTo(actor);
  const [links, scheduled, alerts, contracts] = await Promise.all([
    tx.ticketAsset.findMany({
      where: { assetId: asset.id, ticket: visibleTickets },
      orderBy: { ticket: { createdAt: 'desc' } },
      take: HISTORY_LIMIT,
      select: { ticket: { select: ticketSelect } },
    }),
    tx.ticket.findMany({
      where: {
        AND: [
          visibleTickets,
          { clientId: asset.clientId, type: 'maintenance', maintenanceSchedule: { assetClass: asset.class }, assets: { none: { assetId: asset.id } } },
        ],
      },
      orderBy: { createdAt: 'desc' },
      take: HISTORY_LIMIT,
      select: ticketSelect,
    }),
    tx.monitoringAlert.findMany({
      where: { assetId: asset.id },
      orderBy: { receivedAt: 'desc' },
      take: HISTORY_LIMIT,
      select: {
        id: true,
        source: true,
        checkKey: true,
        severity: true,
        message: true,
        status: true,
        occurrences: true,
        receivedAt: true,
        lastSeenAt: true,
        ticket: { select: { number: true } },
      },
    }),
    tx.contractAsset.findMany({
      where: { assetId: asset.id },
      take: HISTORY_LIMIT,
      select: { contract: { select: { id: true, number: true, name: true, kind: true, status: true, startsOn: true, endsOn: true } } },
    }),
  ]);

  const isCustomer = isCustomerRole(actor.role);
  const entries: AssetHistoryEntry[] = [
    ...links.map((link) => ({ kind: 'ticket' as const, at: link.ticket.createdAt, via: 'linked' as const, ticket: link.ticket })),
    ...scheduled.map((ticket) => ({ kind: 'ticket' as const, at: ticket.createdAt, via: 'maintenance_schedule' as const, ticket })),
    ...alerts.map(({ receivedAt, ticket, ...alert }) => ({
      kind: 'alert' as const,
      at: receivedAt,
      // a customer user may not see the ticket an alert raised
      alert: { ...alert, ticketNumber: isCustomer ? null : (ticket?.number ?? null) },
    })),
    ...contracts.map(({ contract }) => ({ kind: 'contract' as const, at: contract.startsOn, contract })),
  ];
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime());
}
