import { z } from 'zod';
import { db, type DbTx } from '@/lib/db/client.ts';
import type { AssetClass } from '@/lib/db/generated/enums.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';

export const listLinkableAssetsSchema = z.object({ ticketId: z.uuid('Choose a ticket.') });

export interface LinkableAsset {
  id: string;
  name: string;
  class: AssetClass;
}

/**
 * The in-service assets of a ticket's client, which the ticket may be linked to (staff only);
 * the ticket page asks for them when the technician opens the asset picker.
 */
export async function listLinkableAssets(options: { actor: Actor | null; input: z.input<typeof listLinkableAssetsSchema> }, tx: DbTx = db): Promise<LinkableAsset[]> {
  authorize(options.actor, { roles: STAFF_ROLES });
  const { ticketId } = parseOrThrow(listLinkableAssetsSchema, options.input);
  const ticket = await tx.ticket.findUnique({ where: { id: ticketId }, select: { clientId: true } });
  if (!ticket) throw notFound('The ticket');
  return tx.asset.findMany({
    where: { clientId: ticket.clientId, lifecycle: { not: 'retired' } },
    orderBy: { name: 'asc' },
    take: 1000,
    select: { id: true, name: true, class: true },
  });
}
