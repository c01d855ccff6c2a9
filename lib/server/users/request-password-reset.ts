import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import { hashToken } from '@/lib/auth/token-hash.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { queueEmail } from '@/lib/server/mail/queue-email.ts';
import { appUrl } from './app-url.ts';
import { issueUserToken } from './user-tokens.ts';

export const requestPasswordResetSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('Enter a valid e-mail address.')),
});

export const RESET_REQUESTS_PER_HOUR = 3;

/**
 * "Forgot your password": e-mails a one-hour reset link when the address belongs to an active
 * account. The caller always answers the same, so nobody learns which addresses exist. At most
 * RESET_REQUESTS_PER_HOUR requests per address and hour are acted on, counted for every address
 * (known or not) by a hash of it in the audit log — there is no rate-limit table.
 * Returns whether an e-mail was queued (for tests; never shown).
 */
export async function requestPasswordReset(
  options: { input: z.input<typeof requestPasswordResetSchema>; now?: Date },
  database: Db = db,
): Promise<{ isQueued: boolean }> {
  const input = parseOrThrow(requestPasswordResetSchema, options.input);
  const now = options.now ?? new Date();
  const addressKey = hashToken(input.email);
  return database.$transaction(async (tx) => {
    const recent = await tx.auditLog.count({
      where: { entityType: 'PasswordResetRequest', entityId: addressKey, createdAt: { gte: new Date(now.getTime() - 60 * 60_000) } },
    });
    if (recent >= RESET_REQUESTS_PER_HOUR) return { isQueued: false };
    await tx.auditLog.create({ data: { action: 'password_reset.requested', entityType: 'PasswordResetRequest', entityId: addressKey, createdAt: now } });
    const user = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, name: true, isActive: true, clientId: true } });
    if (!user?.isActive) return { isQueued: false };
    const { token } = await issueUserToken(tx, { userId: user.id, kind: 'password_reset', now });
    await queueEmail(tx, {
      to: input.email,
      subject: 'Reset your password',
      text: [
        `Hello ${user.name},`,
        '',
        'Someone (hopefully you) asked to reset the password of your account. Choose a new one here; the link works once, for one hour:',
        appUrl(`/reset-password/${token}`),
        '',
        'If it was not you, ignore this e-mail: your password stays as it is.',
      ].join('\n'),
    });
    await recordAudit(tx, { actor: null, action: 'user.password_reset_requested', entityType: 'User', entityId: user.id, clientId: user.clientId });
    return { isQueued: true };
  });
}
