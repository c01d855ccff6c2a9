import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { isStaffRole } from '@/lib/auth/roles.ts';
import { hashToken, newToken } from '@/lib/auth/token-hash.ts';
import { AppError, notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';

export const API_TOKEN_PREFIX = 'psa';
/** Enough of the token to recognise it in a list ("psa_AbCd1234…"), never enough to use it. */
export const DISPLAY_PREFIX_LENGTH = API_TOKEN_PREFIX.length + 1 + 8;

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(3, 'Name the token (at least 3 characters), e.g. the integration using it.').max(100, 'Keep the name under 100 characters.'),
  /** the staff user the token acts as; the admin themselves when omitted */
  userId: z.uuid('Choose a staff user.').optional(),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;

export interface CreatedApiToken {
  id: string;
  name: string;
  prefix: string;
  /** shown once; only its SHA-256 is stored */
  token: string;
}

/** Admins issue bearer tokens that act as an active staff user. */
export async function createApiToken(
  options: { actor: Actor | null; input: CreateApiTokenInput },
  database: Db = db,
): Promise<CreatedApiToken> {
  const actor = authorize(options.actor, { roles: ['admin'] });
  const input = parseOrThrow(createApiTokenSchema, options.input);
  const userId = input.userId ?? actor.userId;
  const token = newToken(API_TOKEN_PREFIX);
  const prefix = token.slice(0, DISPLAY_PREFIX_LENGTH);

  return database.$transaction(async (tx) => {
    const owner = await tx.user.findUnique({ where: { id: userId }, select: { id: true, role: true, isActive: true } });
    if (!owner) throw notFound('The user');
    if (!owner.isActive || !isStaffRole(owner.role)) {
      throw new AppError('invalid', 'API tokens act as an active staff user.', { fieldErrors: { userId: ['Choose an active staff user.'] } });
    }
    const created = await tx.apiToken.create({
      data: { userId, name: input.name, tokenHash: hashToken(token), prefix },
      select: { id: true, name: true, prefix: true },
    });
    await recordAudit(tx, {
      actor,
      action: 'api_token.created',
      entityType: 'ApiToken',
      entityId: created.id,
      after: { name: created.name, prefix, userId },
    });
    return { ...created, token };
  });
}
