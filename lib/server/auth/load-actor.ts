import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';

/**
 * Reads the user behind a session or token on every request: a deactivated user or a changed
 * role takes effect at once, although JWT sessions cannot be revoked.
 */
export async function loadActor(
  userId: string,
  via: Actor['via'],
  tx: DbTx = db,
): Promise<Actor | null> {
  const user = await tx.user.findUnique({
    where: { id: userId },
    select: { id: true, role: true, clientId: true, name: true, email: true, isActive: true },
  });
  return actorFromUser(user, via);
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
