import type { DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { isCustomerRole } from '@/lib/auth/roles.ts';
import { notFound } from '@/lib/errors/app-error.ts';

/** A client the actor may see, by an id from a request; another company's is simply not found. */
export async function findVisibleClient(tx: DbTx, actor: Actor, unverifiedClientId: string) {
  if (isCustomerRole(actor.role) && actor.clientId !== unverifiedClientId) throw notFound('The client');
  const client = await tx.client.findUnique({ where: { id: unverifiedClientId }, select: { id: true, name: true, timezone: true } });
  if (!client) throw notFound('The client');
  return client;
}
