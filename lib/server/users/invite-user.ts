import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { CUSTOMER_ROLES } from '@/lib/auth/roles.ts';
import { AppError, notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { queueEmail } from '@/lib/server/mail/queue-email.ts';
import { appUrl } from './app-url.ts';
import { issueUserToken } from './user-tokens.ts';

export const inviteUserSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('Enter a valid e-mail address.')),
  name: z.string().trim().min(2, 'Enter their name (at least 2 characters).').max(120, 'Keep the name under 120 characters.'),
  role: z.enum(CUSTOMER_ROLES, { error: 'Choose user or admin.' }),
});

/**
 * A customer admin invites a colleague: a user of their own company with no password, and an
 * e-mail with a single-use link (7 days) to choose one. The e-mail goes out after commit.
 */
export async function inviteUser(
  options: { actor: Actor | null; input: z.input<typeof inviteUserSchema>; now?: Date },
  database: Db = db,
): Promise<{ id: string; email: string }> {
  const actor = authorize(options.actor, { roles: ['customer_admin'] });
  const input = parseOrThrow(inviteUserSchema, options.input);
  const now = options.now ?? new Date();

  return database.$transaction(async (tx) => {
    const client = await tx.client.findUnique({ where: { id: actor.clientId! }, select: { id: true, name: true } });
    if (!client) throw notFound('Your company');
    const existing = await tx.user.count({ where: { email: input.email } });
    if (existing) {
      const message = 'That e-mail address already has an account.';
      throw new AppError('conflict', message, { fieldErrors: { email: [message] } });
    }
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role, clientId: client.id, passwordHash: null, createdAt: now },
      select: { id: true, email: true },
    });
    await tx.contact.create({ data: { clientId: client.id, name: input.name, email: input.email, userId: user.id } });
    const { token, expiresAt } = await issueUserToken(tx, { userId: user.id, kind: 'invitation', now });
    await queueEmail(tx, invitationEmail({ to: user.email, name: input.name, inviterName: actor.name, clientName: client.name, token, expiresAt }));
    await recordAudit(tx, {
      actor,
      action: 'user.invited',
      entityType: 'User',
      entityId: user.id,
      clientId: client.id,
      after: { email: user.email, name: input.name, role: input.role },
    });
    return user;
  });
}

/** The invitation e-mail (also sent again by `resendInvitation`). */
export function invitationEmail(input: { to: string; name: string; inviterName: string; clientName: string; token: string; expiresAt: Date }) {
  return {
    to: input.to,
    subject: `You are invited to the ${input.clientName} support portal`,
    text: [
      `Hello ${input.name},`,
      '',
      `${input.inviterName} invited you to the support portal of ${input.clientName}, where you can ask for help and follow your requests.`,
      '',
      `Choose your password here (the link works once, until ${input.expiresAt.toUTCString()}):`,
      appUrl(`/invite/${input.token}`),
    ].join('\n'),
  };
}
