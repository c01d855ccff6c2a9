import { z } from 'zod';
import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';

export const searchClientsSchema = z.object({
  q: z.string().trim().max(100, 'Search with at most 100 characters.').default(''),
});

export interface ClientOption {
  id: string;
  name: string;
  code: string;
}

const LIMIT = 20;

/** Clients whose name contains the text or whose code starts with it, for pickers (staff only). */
export async function searchClients(
  options: { actor: Actor | null; input: z.input<typeof searchClientsSchema> },
  tx: DbTx = db,
): Promise<ClientOption[]> {
  authorize(options.actor, { roles: STAFF_ROLES });
  const { q } = parseOrThrow(searchClientsSchema, options.input);
  return tx.client.findMany({
    where: {
      status: { not: 'offboarded' },
      ...(q ? { OR: [{ name: { contains: q, mode: 'insensitive' } }, { code: { startsWith: q, mode: 'insensitive' } }] } : {}),
    },
    orderBy: { name: 'asc' },
    take: LIMIT,
    select: { id: true, name: true, code: true },
  });
}

/** The one client a picker shows as chosen (a filter in the URL), or null when it is not a client. */
export async function clientOption(options: { actor: Actor | null; id: string | undefined }, tx: DbTx = db): Promise<ClientOption | null> {
  authorize(options.actor, { roles: STAFF_ROLES });
  if (!options.id || !z.uuid().safeParse(options.id).success) return null;
  return tx.client.findUnique({ where: { id: options.id }, select: { id: true, name: true, code: true } });
}
