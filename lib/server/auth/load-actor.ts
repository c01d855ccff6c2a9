import { z } from 'zod';
import { db, type DbTx } from '@/lib/db/client.ts';
import { Prisma } from '@/lib/db/generated/client.ts';
import { PREPARED } from '@/lib/db/prepared-statements.ts';
import { sqlOf } from '@/lib/db/sql-tx.ts';
import type { Actor } from '@/lib/auth/actor.ts';

const userIdSchema = z.guid();

/**
 * Reads the user behind a session or token on every request: a deactivated user or a changed
 * role takes effect at once, although JWT sessions cannot be revoked.
 */
export async function loadActor(
  userId: string,
  via: Actor['via'],
  tx: DbTx = db,
): Promise<Actor | null> {
  if (!userIdSchema.safeParse(userId).success) return null;
  // every page and action pays for it: one statement planned once per connection, on pg directly
  const rows = await sqlOf(tx).query<ActorUserRow>(Prisma.sql`${PREPARED}
    SELECT id, role::text AS role, "clientId", name, email, "isActive" FROM "User" WHERE id = ${userId}::uuid`);
  return actorFromUser(rows[0] ?? null, via);
}

export interface ActorUserRow {
  id: string;
  role: Actor['role'];
  clientId: string | null;
  name: string;
  email: string;
  isActive: boolean;
}

/** A deactivated or missing user is nobody. */
export function actorFromUser(user: ActorUserRow | null, via: Actor['via']): Actor | null {
  if (!user || !user.isActive) return null;
  return { userId: user.id, role: user.role, clientId: user.clientId, name: user.name, email: user.email, via };
}
