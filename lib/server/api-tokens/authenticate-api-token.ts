import { db, type DbTx } from '@/lib/db/client.ts';
import { Prisma } from '@/lib/db/generated/client.ts';
import { PREPARED } from '@/lib/db/prepared-statements.ts';
import { sqlOf } from '@/lib/db/sql-tx.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { hashToken } from '@/lib/auth/token-hash.ts';
import { actorFromUser, type ActorUserRow } from '@/lib/server/auth/load-actor.ts';

/** The actor behind a bearer token, with the token's id (idempotency keys are per token). */
export type ApiActor = Actor & { tokenId: string };

const LAST_USED_RESOLUTION_MS = 60_000;
const MAX_TOKEN_LENGTH = 200;

/**
 * Unknown, revoked or deactivated-owner tokens give null (401). The owner's role is returned
 * as it is now, so `authorize` answers 403 when it is not a staff role.
 */
export async function authenticateApiToken(
  bearer: string | null | undefined,
  options: { now?: Date } = {},
  tx: DbTx = db,
): Promise<ApiActor | null> {
  if (!bearer || bearer.length > MAX_TOKEN_LENGTH) return null;
  // token and owner in one round trip: every API request pays for it
  const rows = await sqlOf(tx).query<ActorUserRow & { tokenId: string; revokedAt: Date | null; lastUsedAt: Date | null }>(Prisma.sql`${PREPARED}
    SELECT k.id AS "tokenId", k."revokedAt", k."lastUsedAt", u.id, u.role::text AS role, u."clientId", u.name, u.email, u."isActive"
    FROM "ApiToken" k JOIN "User" u ON u.id = k."userId"
    WHERE k."tokenHash" = ${hashToken(bearer)}`);
  const token = rows[0];
  if (!token || token.revokedAt) return null;
  const actor = actorFromUser(token, 'api_token');
  if (!actor) return null;

  const now = options.now ?? new Date();
  const staleBefore = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (!token.lastUsedAt || token.lastUsedAt < staleBefore) {
    // conditional, so concurrent requests write it at most once a minute
    await tx.apiToken.updateMany({
      where: { id: token.tokenId, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: staleBefore } }] },
      data: { lastUsedAt: now },
    });
  }
  return { ...actor, tokenId: token.tokenId };
}
