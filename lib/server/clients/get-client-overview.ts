import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { notFound } from '@/lib/errors/app-error.ts';
import { OPEN_STATUSES } from '@/lib/server/tickets/ticket-queues.ts';

/** Everything staff need on one client page (quota and retainer come from their own use cases). */
export async function getClientOverview(options: { actor: Actor | null; clientId: string }, tx: DbTx = db) {
  authorize(options.actor, { roles: STAFF_ROLES });
  const client = await tx.client.findUnique({
    where: { id: options.clientId },
    select: {
      id: true,
      name: true,
      code: true,
      status: true,
      timezone: true,
      isMonitoringOptedOut: true,
      hasRunBook: true,
      isCmdbPopulated: true,
      isPortalSetUp: true,
      portalUsersTrained: true,
      areSupportInstructionsSent: true,
      accountManager: { select: { name: true } },
      contacts: { orderBy: { name: 'asc' }, select: { id: true, name: true, email: true, phone: true, jobTitle: true, userId: true } },
      sites: { orderBy: { name: 'asc' }, select: { id: true, name: true, address: true } },
      runBookPages: { orderBy: { title: 'asc' }, select: { id: true, title: true, isSharedWithCustomer: true } },
      contracts: {
        orderBy: [{ status: 'asc' }, { startsOn: 'desc' }],
        select: {
          id: true,
          number: true,
          name: true,
          kind: true,
          status: true,
          startsOn: true,
          endsOn: true,
          isAutoRenew: true,
          monthlyFee: true,
          monthlyBudget: true,
          tier: { select: { name: true } },
        },
      },
      tickets: {
        where: { status: { in: [...OPEN_STATUSES] }, mergedIntoId: null },
        orderBy: [{ resolutionDueAt: { sort: 'asc', nulls: 'last' } }],
        take: 20,
        select: { id: true, number: true, subject: true, type: true, priority: true, status: true, resolutionDueAt: true, assignee: { select: { name: true } } },
      },
      _count: { select: { assets: true, tickets: { where: { status: { in: [...OPEN_STATUSES] } } } } },
    },
  });
  if (!client) throw notFound('The client');
  return {
    ...client,
    contracts: client.contracts.map((c) => ({ ...c, monthlyFee: c.monthlyFee?.toFixed(2) ?? null, monthlyBudget: c.monthlyBudget?.toFixed(2) ?? null })),
  };
}
