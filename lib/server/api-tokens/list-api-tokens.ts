import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';

/** Every API token (never the secret), newest first, for the admin page. */
export async function listApiTokens(options: { actor: Actor | null }, tx: DbTx = db) {
  authorize(options.actor, { roles: ['admin'] });
  return tx.apiToken.findMany({
    orderBy: { createdAt: 'desc' },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true, user: { select: { name: true, email: true } } },
  });
}
