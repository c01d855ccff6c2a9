import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';

export const revokeApiTokenSchema = z.object({ tokenId: z.uuid('Choose a token.') });

/** Revoking is immediate and final; revoking twice changes nothing. */
export async function revokeApiToken(
  options: { actor: Actor | null; input: z.input<typeof revokeApiTokenSchema>; now?: Date },
  database: Db = db,
): Promise<{ id: string; revokedAt: Date }> {
  const actor = authorize(options.actor, { roles: ['admin'] });
  const { tokenId } = parseOrThrow(revokeApiTokenSchema, options.input);
  const now = options.now ?? new Date();

  return database.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id: tokenId }, select: { id: true, name: true, prefix: true, revokedAt: true } });
    if (!token) throw notFound('The API token');
    if (token.revokedAt) return { id: token.id, revokedAt: token.revokedAt };
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: now } });
    await recordAudit(tx, {
      actor,
      action: 'api_token.revoked',
      entityType: 'ApiToken',
      entityId: token.id,
      before: { name: token.name, prefix: token.prefix, revokedAt: null },
      after: { revokedAt: now },
    });
    return { id: token.id, revokedAt: now };
  });
}
