import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { hashToken } from '@/lib/auth/token-hash.ts';
import { loadActor } from '@/lib/server/auth/load-actor.ts';
import { inviteUser } from '@/lib/server/users/invite-user.ts';
import { listCompanyUsers } from '@/lib/server/users/list-company-users.ts';
import { changeUserRole } from '@/lib/server/users/change-user-role.ts';
import { setUserActive } from '@/lib/server/users/set-user-active.ts';
import { acceptInvitation } from '@/lib/server/users/accept-invitation.ts';
import { resendInvitation } from '@/lib/server/users/resend-invitation.ts';
import { twoCompanies } from './portal-world.ts';

const NOW = new Date('2026-11-17T17:00:00Z');
const uniqueEmail = () => `new.${Math.random().toString(36).slice(2, 10)}@example.test`;

async function latestEmailTo(to: string) {
  return db.outboundEmail.findFirstOrThrow({ where: { to }, orderBy: { createdAt: 'desc' } });
}

describe('company users', () => {
  it('a customer admin invites a colleague: no password, a hashed 7-day token, an e-mail with the link, an audit record', async () => {
    process.env.NEXTAUTH_URL = 'https://psa.example.test';
    const { a } = await twoCompanies();
    const email = uniqueEmail();
    const invited = await inviteUser({ actor: a.admin, input: { email: email.toUpperCase(), name: 'Nina New', role: 'customer_user' }, now: NOW });
    const user = await db.user.findUniqueOrThrow({ where: { id: invited.id } });
    expect(user).toMatchObject({ email, clientId: a.clientId, role: 'customer_user', passwordHash: null, isActive: true });
    const mail = await latestEmailTo(email);
    const token = /\/invite\/(\S+)/.exec(mail.text)?.[1];
    expect(mail.text).toContain('https://psa.example.test/invite/');
    const stored = await db.userToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored).toMatchObject({ kind: 'invitation', usedAt: null, tokenHash: hashToken(token!) });
    expect(stored.tokenHash).not.toBe(token);
    expect(stored.expiresAt.getTime() - NOW.getTime()).toBe(7 * 86_400_000);
    expect(await db.auditLog.count({ where: { action: 'user.invited', entityId: user.id, actorId: a.admin.userId } })).toBe(1);
    const listed = await listCompanyUsers({ actor: a.admin });
    expect(listed.find((u) => u.id === user.id)).toMatchObject({ isInvitePending: true });
    expect(JSON.stringify(listed)).not.toContain('passwordHash');

    await acceptInvitation({ input: { token: token!, password: 'a long enough pw', confirmPassword: 'a long enough pw' }, now: new Date(NOW.getTime() + 86_400_000) });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash).not.toBeNull();
  });

  it('refuses an address that already has an account, and creates nothing', async () => {
    const { a, b } = await twoCompanies();
    const before = await db.user.count();
    await expect(inviteUser({ actor: a.admin, input: { email: b.user.email, name: 'Dup', role: 'customer_user' } })).rejects.toMatchObject({ code: 'conflict', fieldErrors: { email: ['That e-mail address already has an account.'] } });
    expect(await db.user.count()).toBe(before);
  });

  it('changes roles and deactivates colleagues, never themselves; all audited', async () => {
    const { a } = await twoCompanies();
    await changeUserRole({ actor: a.admin, input: { userId: a.user.userId, role: 'customer_admin' } });
    expect((await db.user.findUniqueOrThrow({ where: { id: a.user.userId } })).role).toBe('customer_admin');
    await expect(changeUserRole({ actor: a.admin, input: { userId: a.admin.userId, role: 'customer_user' } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(setUserActive({ actor: a.admin, input: { userId: a.admin.userId, isActive: false } })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await db.user.findUniqueOrThrow({ where: { id: a.admin.userId } })).role).toBe('customer_admin');

    await setUserActive({ actor: a.admin, input: { userId: a.user.userId, isActive: false } });
    expect(await loadActor(a.user.userId, 'session')).toBeNull(); // signed out on the next request
    expect(await db.auditLog.findMany({ where: { entityId: a.user.userId }, select: { action: true }, orderBy: { id: 'asc' } })).toEqual([{ action: 'user.role_changed' }, { action: 'user.deactivated' }]);
    await setUserActive({ actor: a.admin, input: { userId: a.user.userId, isActive: true } });
    expect(await loadActor(a.user.userId, 'session')).not.toBeNull();
  });

  it('deactivating kills outstanding invitation links', async () => {
    const { a } = await twoCompanies();
    const email = uniqueEmail();
    const invited = await inviteUser({ actor: a.admin, input: { email, name: 'Short Lived', role: 'customer_user' }, now: NOW });
    const token = /\/invite\/(\S+)/.exec((await latestEmailTo(email)).text)![1];
    await setUserActive({ actor: a.admin, input: { userId: invited.id, isActive: false }, now: NOW });
    await expect(acceptInvitation({ input: { token, password: 'a long enough pw', confirmPassword: 'a long enough pw' }, now: NOW })).rejects.toMatchObject({ code: 'not_found' });
    expect((await db.user.findUniqueOrThrow({ where: { id: invited.id } })).passwordHash).toBeNull();
  });

  it('an expired invitation can be sent again: the new link works, the old one does not', async () => {
    const { a, b } = await twoCompanies();
    const email = uniqueEmail();
    const invited = await inviteUser({ actor: a.admin, input: { email, name: 'Late Larry', role: 'customer_user' }, now: NOW });
    const oldToken = /\/invite\/(\S+)/.exec((await latestEmailTo(email)).text)![1];
    const weekLater = new Date(NOW.getTime() + 8 * 86_400_000);
    await expect(resendInvitation({ actor: b.admin, input: { userId: invited.id }, now: weekLater })).rejects.toMatchObject({ code: 'not_found' });
    await resendInvitation({ actor: a.admin, input: { userId: invited.id }, now: weekLater });
    const newToken = /\/invite\/(\S+)/.exec((await latestEmailTo(email)).text)![1];
    expect(newToken).not.toBe(oldToken);
    await expect(acceptInvitation({ input: { token: oldToken, password: 'a long enough pw', confirmPassword: 'a long enough pw' }, now: weekLater })).rejects.toMatchObject({ code: 'conflict' });
    await acceptInvitation({ input: { token: newToken, password: 'a long enough pw', confirmPassword: 'a long enough pw' }, now: weekLater });
    await expect(resendInvitation({ actor: a.admin, input: { userId: invited.id }, now: weekLater })).rejects.toMatchObject({ code: 'conflict' });
    expect(await db.auditLog.count({ where: { entityId: invited.id, action: 'user.invitation_resent' } })).toBe(1);
  });

  it('a customer user cannot manage users', async () => {
    const { a } = await twoCompanies();
    await expect(listCompanyUsers({ actor: a.user })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(inviteUser({ actor: a.user, input: { email: uniqueEmail(), name: 'Nope', role: 'customer_admin' } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(changeUserRole({ actor: a.user, input: { userId: a.admin.userId, role: 'customer_user' } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(setUserActive({ actor: a.user, input: { userId: a.admin.userId, isActive: false } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(resendInvitation({ actor: a.user, input: { userId: a.admin.userId } })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await db.user.findUniqueOrThrow({ where: { id: a.admin.userId } })).toMatchObject({ role: 'customer_admin', isActive: true });
  });
});
