import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { ROLE_LABELS, STAFF_ROLES, type Role } from '@/lib/auth/roles.ts';
import { AppError } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { queueEmail } from '@/lib/server/mail/queue-email.ts';
import { appUrl } from './app-url.ts';
import { findStaffUser } from './staff-user.ts';
import { issueUserToken } from './user-tokens.ts';

export const inviteStaffSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email('Enter a valid e-mail address.')),
  name: z.string().trim().min(2, 'Enter their name (at least 2 characters).').max(120, 'Keep the name under 120 characters.'),
  role: z.enum(STAFF_ROLES, { error: 'Choose technician, account manager or administrator.' }),
});

/**
 * An administrator invites a colleague of the MSP: a staff account with no password, and an
 * e-mail with a single-use link (7 days) to choose one. The e-mail goes out after commit.
 */
export async function inviteStaff(
  options: { actor: Actor | null; input: z.input<typeof inviteStaffSchema>; now?: Date },
  database: Db = db,
): Promise<{ id: string; email: string }> {
  const actor = authorize(options.actor, { roles: ['admin'] });
  const input = parseOrThrow(inviteStaffSchema, options.input);
  const now = options.now ?? new Date();
  return database.$transaction(async (tx) => {
    if (await tx.user.count({ where: { email: input.email } })) {
      const message = 'That e-mail address already has an account.';
      throw new AppError('conflict', message, { fieldErrors: { email: [message] } });
    }
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash: null, createdAt: now },
      select: { id: true, email: true },
    });
    const { token, expiresAt } = await issueUserToken(tx, { userId: user.id, kind: 'invitation', now });
    await queueEmail(tx, staffInvitationEmail({ to: user.email, name: input.name, role: input.role, inviterName: actor.name, token, expiresAt }));
    await recordAudit(tx, { actor, action: 'user.invited', entityType: 'User', entityId: user.id, after: { email: user.email, name: input.name, role: input.role } });
    return user;
  });
}

export const resendStaffInvitationSchema = z.object({ userId: z.string() });

/**
 * A fresh 7-day link for a colleague who has not chosen a password yet (the old link stops
 * working); refused for anyone who already has one, or is deactivated.
 */
export async function resendStaffInvitation(
  options: { actor: Actor | null; input: z.input<typeof resendStaffInvitationSchema>; now?: Date },
  database: Db = db,
): Promise<{ id: string; email: string }> {
  const actor = authorize(options.actor, { roles: ['admin'] });
  const input = parseOrThrow(resendStaffInvitationSchema, options.input);
  const now = options.now ?? new Date();
  return database.$transaction(async (tx) => {
    const user = await findStaffUser(tx, input.userId);
    if (!user.isActive) throw new AppError('conflict', 'Reactivate this colleague before inviting them again.');
    const { passwordHash } = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    if (passwordHash !== null) throw new AppError('conflict', 'They have already set a password; they can use “Forgot your password?” instead.');
    const { token, expiresAt } = await issueUserToken(tx, { userId: user.id, kind: 'invitation', now });
    await queueEmail(tx, staffInvitationEmail({ to: user.email, name: user.name, role: user.role, inviterName: actor.name, token, expiresAt }));
    await recordAudit(tx, { actor, action: 'user.invitation_resent', entityType: 'User', entityId: user.id });
    return { id: user.id, email: user.email };
  });
}

function staffInvitationEmail(input: { to: string; name: string; role: Role; inviterName: string; token: string; expiresAt: Date }) {
  return {
    to: input.to,
    subject: 'You are invited to the service console',
    text: [
      `Hello ${input.name},`,
      '',
      `${input.inviterName} invited you to the service console as ${ROLE_LABELS[input.role].toLowerCase()}.`,
      '',
      `Choose your password here (the link works once, until ${input.expiresAt.toUTCString()}):`,
      appUrl(`/invite/${input.token}`),
    ].join('\n'),
  };
}
