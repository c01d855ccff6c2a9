import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { verifyPassword } from '@/lib/auth/password.ts';
import { hashToken } from '@/lib/auth/token-hash.ts';
import { acceptInvitation } from '@/lib/server/users/accept-invitation.ts';
import { checkAccountLink } from '@/lib/server/users/check-account-link.ts';
import { inviteUser } from '@/lib/server/users/invite-user.ts';
import { requestPasswordReset, RESET_REQUESTS_PER_HOUR } from '@/lib/server/users/request-password-reset.ts';
import { resetPassword } from '@/lib/server/users/reset-password.ts';
import { makeUser } from '@/tests/factories/index.ts';
import { twoCompanies } from './portal-world.ts';

const NOW = new Date('2026-11-17T17:00:00Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);
const PW = { password: 'correct horse battery', confirmPassword: 'correct horse battery' };
const uniqueEmail = () => `link.${Math.random().toString(36).slice(2, 10)}@example.test`;
const linkIn = async (to: string, path: string) => new RegExp(`${path}/(\\S+)`).exec((await db.outboundEmail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: 'desc' } })).text)![1];

async function invitation() {
  const { a } = await twoCompanies();
  const email = uniqueEmail();
  const user = await inviteUser({ actor: a.admin, input: { email, name: 'Ivy Invited', role: 'customer_user' }, now: NOW });
  return { user, email, token: await linkIn(email, '/invite') };
}

describe('invitation links', () => {
  it('work once, and say so when used again', async () => {
    const { user, token } = await invitation();
    await expect(checkAccountLink({ token, kind: 'invitation', now: NOW })).resolves.toMatchObject({ state: 'valid' });
    await acceptInvitation({ input: { token, ...PW }, now: NOW });
    const hash = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash!;
    expect(await verifyPassword(hash, PW.password)).toBe(true);
    await expect(acceptInvitation({ input: { token, password: 'another password!', confirmPassword: 'another password!' }, now: NOW })).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('already been used') });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBe(hash);
    await expect(checkAccountLink({ token, kind: 'invitation', now: NOW })).resolves.toMatchObject({ state: 'used', email: null });
  });

  it('expire after 7 days', async () => {
    const { user, token } = await invitation();
    await expect(acceptInvitation({ input: { token, ...PW }, now: later(7 * 86_400_000 + 1) })).rejects.toMatchObject({ code: 'refused', message: expect.stringContaining('expired') });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).toBeNull();
  });

  it('refuse short or mismatched passwords, unknown tokens, and a reset link used as an invitation', async () => {
    const { token } = await invitation();
    await expect(acceptInvitation({ input: { token, password: 'short', confirmPassword: 'short' }, now: NOW })).rejects.toMatchObject({ code: 'invalid', fieldErrors: { password: ['Use at least 10 characters.'] } });
    await expect(acceptInvitation({ input: { token, password: 'long enough one', confirmPassword: 'different one!!' }, now: NOW })).rejects.toMatchObject({ fieldErrors: { confirmPassword: ['The two passwords do not match.'] } });
    await expect(acceptInvitation({ input: { token: 'inv_made_up', ...PW }, now: NOW })).rejects.toMatchObject({ code: 'not_found' });
    await expect(resetPassword({ input: { token, ...PW }, now: NOW })).rejects.toMatchObject({ code: 'not_found' });
    await expect(checkAccountLink({ token, kind: 'invitation', now: NOW })).resolves.toMatchObject({ state: 'valid' });
  });
});

describe('password reset', () => {
  it('answers the same for unknown addresses, e-mails a one-hour single-use link to known ones', async () => {
    const unknown = uniqueEmail();
    await expect(requestPasswordReset({ input: { email: unknown }, now: NOW })).resolves.toEqual({ isQueued: false });
    expect(await db.outboundEmail.count({ where: { to: unknown } })).toBe(0);

    const email = uniqueEmail();
    const user = await makeUser(db, { role: 'customer_user', email, password: 'old password 123' });
    await expect(requestPasswordReset({ input: { email: email.toUpperCase() }, now: NOW })).resolves.toEqual({ isQueued: true });
    const token = await linkIn(email, '/reset-password');
    await expect(resetPassword({ input: { token, ...PW }, now: later(60 * 60_000 + 1) })).rejects.toMatchObject({ code: 'refused' });
    await resetPassword({ input: { token, ...PW }, now: later(30 * 60_000) });
    expect(await verifyPassword((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash!, PW.password)).toBe(true);
    await expect(resetPassword({ input: { token, ...PW }, now: later(31 * 60_000) })).rejects.toMatchObject({ code: 'conflict' });
    expect(await db.auditLog.count({ where: { entityId: user.id, action: 'user.password_reset' } })).toBe(1);
  });

  it('a newer link replaces the older one; deactivated accounts get none', async () => {
    const email = uniqueEmail();
    const user = await makeUser(db, { role: 'technician', email });
    await requestPasswordReset({ input: { email }, now: NOW });
    const first = await linkIn(email, '/reset-password');
    await requestPasswordReset({ input: { email }, now: later(60_000) });
    const second = await linkIn(email, '/reset-password');
    expect(second).not.toBe(first);
    await expect(resetPassword({ input: { token: first, ...PW }, now: later(120_000) })).rejects.toMatchObject({ code: 'conflict' });
    await db.user.update({ where: { id: user.id }, data: { isActive: false } });
    await expect(requestPasswordReset({ input: { email }, now: later(180_000) })).resolves.toEqual({ isQueued: false });
  });

  it('is rate-limited per address, the same way for known and unknown addresses', async () => {
    const email = uniqueEmail();
    await makeUser(db, { role: 'customer_user', email });
    for (let i = 0; i < RESET_REQUESTS_PER_HOUR; i++) await expect(requestPasswordReset({ input: { email }, now: later(i * 1000) })).resolves.toEqual({ isQueued: true });
    await expect(requestPasswordReset({ input: { email }, now: later(10_000) })).resolves.toEqual({ isQueued: false });
    expect(await db.outboundEmail.count({ where: { to: email } })).toBe(RESET_REQUESTS_PER_HOUR);
    await expect(requestPasswordReset({ input: { email }, now: later(60 * 60_000 + 5_000) })).resolves.toEqual({ isQueued: true });
    const unknown = uniqueEmail();
    for (let i = 0; i < RESET_REQUESTS_PER_HOUR + 1; i++) await requestPasswordReset({ input: { email: unknown }, now: later(i * 1000) });
    // counted by a hash of the address, never the address itself
    expect(await db.auditLog.count({ where: { entityType: 'PasswordResetRequest', entityId: hashToken(unknown) } })).toBe(RESET_REQUESTS_PER_HOUR);
    expect(await db.auditLog.count({ where: { entityId: unknown } })).toBe(0);
  });
});
