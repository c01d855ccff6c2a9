import type { DbTx } from '@/lib/db/client.ts';
import type { UserTokenKind } from '@/lib/db/generated/enums.ts';
import { hashToken, newToken } from '@/lib/auth/token-hash.ts';
import { AppError } from '@/lib/errors/app-error.ts';

/** How long a link works: an invitation for a week, a password reset for an hour. */
export const TOKEN_LIFETIME_MS: Record<UserTokenKind, number> = {
  invitation: 7 * 86_400_000,
  password_reset: 60 * 60_000,
};

const PREFIX: Record<UserTokenKind, string> = { invitation: 'inv', password_reset: 'pwr' };

/**
 * A new single-use link for a user; only its SHA-256 is stored. Earlier unused links of the
 * same kind stop working (they count as used), so only the latest e-mail's link is good.
 */
export async function issueUserToken(tx: DbTx, input: { userId: string; kind: UserTokenKind; now: Date }): Promise<{ token: string; expiresAt: Date }> {
  await tx.userToken.updateMany({ where: { userId: input.userId, kind: input.kind, usedAt: null }, data: { usedAt: input.now } });
  const token = newToken(PREFIX[input.kind]);
  const expiresAt = new Date(input.now.getTime() + TOKEN_LIFETIME_MS[input.kind]);
  await tx.userToken.create({ data: { userId: input.userId, kind: input.kind, tokenHash: hashToken(token), expiresAt, createdAt: input.now } });
  return { token, expiresAt };
}

export type TokenState = 'valid' | 'used' | 'expired' | 'invalid';

export interface InspectedToken {
  state: TokenState;
  user: { id: string; email: string; name: string } | null;
}

/** What a link is, without using it: for the page that shows the form or the refusal. */
export async function inspectUserToken(tx: DbTx, input: { token: string; kind: UserTokenKind; now: Date }): Promise<InspectedToken> {
  if (!input.token || input.token.length > 200) return { state: 'invalid', user: null };
  const row = await tx.userToken.findUnique({
    where: { tokenHash: hashToken(input.token) },
    select: { kind: true, usedAt: true, expiresAt: true, user: { select: { id: true, email: true, name: true, isActive: true } } },
  });
  if (!row || row.kind !== input.kind || !row.user.isActive) return { state: 'invalid', user: null };
  const user = { id: row.user.id, email: row.user.email, name: row.user.name };
  if (row.usedAt) return { state: 'used', user };
  if (row.expiresAt.getTime() <= input.now.getTime()) return { state: 'expired', user };
  return { state: 'valid', user };
}

export const TOKEN_REFUSALS: Record<Exclude<TokenState, 'valid'>, string> = {
  invalid: 'This link is not valid. Check that you copied all of it.',
  used: 'This link has already been used. Each link works once; ask for a new one if you need it.',
  expired: 'This link has expired. Ask for a new one.',
};

/** Uses a link exactly once (a concurrent second use fails) and returns whose it is. */
export async function consumeUserToken(tx: DbTx, input: { token: string; kind: UserTokenKind; now: Date }): Promise<{ userId: string; email: string }> {
  const inspected = await inspectUserToken(tx, input);
  if (inspected.state !== 'valid' || !inspected.user) {
    const code = inspected.state === 'invalid' ? 'not_found' : inspected.state === 'used' ? 'conflict' : 'refused';
    throw new AppError(code, TOKEN_REFUSALS[inspected.state as Exclude<TokenState, 'valid'>]);
  }
  const used = await tx.userToken.updateMany({
    where: { tokenHash: hashToken(input.token), usedAt: null, expiresAt: { gt: input.now } },
    data: { usedAt: input.now },
  });
  if (used.count === 0) throw new AppError('conflict', TOKEN_REFUSALS.used);
  return { userId: inspected.user.id, email: inspected.user.email };
}
