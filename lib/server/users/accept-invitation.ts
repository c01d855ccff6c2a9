import { db, type Db } from '@/lib/db/client.ts';
import { hashPassword } from '@/lib/auth/password.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { setPasswordSchema, type SetPasswordInput } from './set-password-input.ts';
import { consumeUserToken } from './user-tokens.ts';

/**
 * Anyone holding a valid invitation link chooses the invited user's password; the link then
 * stops working. Used, expired or unknown links are refused with a message saying which.
 */
export async function acceptInvitation(options: { input: SetPasswordInput; now?: Date }, database: Db = db): Promise<{ email: string }> {
  const input = parseOrThrow(setPasswordSchema, options.input);
  const now = options.now ?? new Date();
  const passwordHash = await hashPassword(input.password);
  return database.$transaction(async (tx) => {
    const { userId, email } = await consumeUserToken(tx, { token: input.token, kind: 'invitation', now });
    const user = await tx.user.update({ where: { id: userId }, data: { passwordHash }, select: { clientId: true } });
    await recordAudit(tx, { actor: { userId }, action: 'user.invitation_accepted', entityType: 'User', entityId: userId, clientId: user.clientId });
    return { email };
  });
}
