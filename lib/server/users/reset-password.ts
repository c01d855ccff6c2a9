import { db, type Db } from '@/lib/db/client.ts';
import { hashPassword } from '@/lib/auth/password.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { setPasswordSchema, type SetPasswordInput } from './set-password-input.ts';
import { consumeUserToken } from './user-tokens.ts';

/** Sets a new password from a reset link (one hour, single use). */
export async function resetPassword(options: { input: SetPasswordInput; now?: Date }, database: Db = db): Promise<{ email: string }> {
  const input = parseOrThrow(setPasswordSchema, options.input);
  const now = options.now ?? new Date();
  const passwordHash = await hashPassword(input.password);
  return database.$transaction(async (tx) => {
    const { userId, email } = await consumeUserToken(tx, { token: input.token, kind: 'password_reset', now });
    const user = await tx.user.update({ where: { id: userId }, data: { passwordHash }, select: { clientId: true } });
    // any other reset link still in an inbox stops working
    await tx.userToken.updateMany({ where: { userId, kind: 'password_reset', usedAt: null }, data: { usedAt: now } });
    await recordAudit(tx, { actor: { userId }, action: 'user.password_reset', entityType: 'User', entityId: userId, clientId: user.clientId });
    return { email };
  });
}
