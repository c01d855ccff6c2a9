import type { DbTx } from '@/lib/db/client.ts';
import type { Role } from '@/lib/auth/roles.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { hashPassword } from '@/lib/auth/password.ts';
import { uniqueSuffix } from './sequence.ts';

export async function makeUser(
  db: DbTx,
  input: { role: Role; clientId?: string | null; email?: string; name?: string; password?: string; teamId?: string },
) {
  const suffix = uniqueSuffix();
  return db.user.create({
    data: {
      email: (input.email ?? `${input.role}.${suffix}@example.test`).toLowerCase(),
      name: input.name ?? `${input.role.replace('_', ' ')} ${suffix}`,
      role: input.role,
      clientId: input.clientId ?? null,
      teamId: input.teamId ?? null,
      passwordHash: input.password ? await hashPassword(input.password) : null,
    },
  });
}

export function actorOf(user: { id: string; role: Role; clientId: string | null; name: string; email: string }): Actor {
  return { userId: user.id, role: user.role, clientId: user.clientId, name: user.name, email: user.email, via: 'session' };
}
