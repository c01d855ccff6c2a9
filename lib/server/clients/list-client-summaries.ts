import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';

export interface ClientSummary {
  id: string;
  name: string;
  code: string;
  status: string;
  timezone: string;
  accountManager: string | null;
  agreement: string;
  isMonitoringOptedOut: boolean;
  openTickets: number;
  href: string;
}

/** Every client with its active agreement, for staff lists. */
export async function listClientSummaries(options: { actor: Actor | null }, tx: DbTx = db): Promise<ClientSummary[]> {
  authorize(options.actor, { roles: STAFF_ROLES });
  const clients = await tx.client.findMany({
    orderBy: { name: 'asc' },
    select: {
      id: true,
      name: true,
      code: true,
      status: true,
      timezone: true,
      isMonitoringOptedOut: true,
      accountManager: { select: { name: true } },
      contracts: { where: { status: 'active' }, select: { kind: true, tier: { select: { name: true } } } },
      _count: { select: { tickets: { where: { status: { notIn: ['resolved', 'closed'] } } } } },
    },
  });
  return clients.map((client) => ({
    id: client.id,
    name: client.name,
    code: client.code,
    status: client.status,
    timezone: client.timezone,
    accountManager: client.accountManager?.name ?? null,
    agreement: client.contracts.map((c) => (c.tier ? `${c.tier.name} (managed)` : c.kind.replace(/_/g, ' '))).join(', ') || 'No active agreement',
    isMonitoringOptedOut: client.isMonitoringOptedOut,
    openTickets: client._count.tickets,
    href: `/console/clients/${client.id}`,
  }));
}
