import type { Prisma } from './generated/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { isCustomerRole } from '@/lib/auth/roles.ts';

/**
 * What tickets an actor may see, built into every ticket query. Staff see all clients; a
 * customer admin sees their company's; a customer user sees their own and those shared with them.
 */
export function ticketsVisibleTo(actor: Actor): Prisma.TicketWhereInput {
  if (!isCustomerRole(actor.role)) return {};
  const ownClient: Prisma.TicketWhereInput = { clientId: actor.clientId!, mergedIntoId: null };
  if (actor.role === 'customer_admin') return ownClient;
  return { ...ownClient, OR: [{ requesterId: actor.userId }, { watchers: { some: { userId: actor.userId } } }] };
}

/** Client-owned records (assets, contracts, estimates, invoices…): customers see only their own. */
export function clientScopeFor(actor: Actor): { clientId?: string } {
  return isCustomerRole(actor.role) ? { clientId: actor.clientId! } : {};
}
