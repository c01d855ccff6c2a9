import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { LOCKOUT_FAILURES, signIn } from '@/lib/server/auth/sign-in.ts';
import { makeUser } from '@/tests/factories/index.ts';

const PASSWORD = 'correct horse battery';

describe('signIn', () => {
  it('accepts the right password and records the attempt', async () => {
    const user = await makeUser(db, { role: 'technician', password: PASSWORD });
    const signedIn = await signIn({ email: user.email.toUpperCase(), password: PASSWORD });
    expect(signedIn.id).toBe(user.id);
    expect(await db.loginAttempt.count({ where: { email: user.email, succeeded: true } })).toBe(1);
  });

  it('refuses a wrong password with a clear message', async () => {
    const user = await makeUser(db, { role: 'technician', password: PASSWORD });
    await expect(signIn({ email: user.email, password: 'wrong' })).rejects.toMatchObject({
      code: 'unauthenticated',
      message: 'That e-mail and password do not match an active account.',
    });
  });

  it('refuses a deactivated user even with the right password', async () => {
    const user = await makeUser(db, { role: 'customer_user', password: PASSWORD });
    await db.user.update({ where: { id: user.id }, data: { isActive: false } });
    await expect(signIn({ email: user.email, password: PASSWORD })).rejects.toMatchObject({ code: 'unauthenticated' });
  });

  it('slows down repeated failures: locked after five, even for the right password, until the window passes', async () => {
    const user = await makeUser(db, { role: 'admin', password: PASSWORD });
    const now = new Date('2026-06-01T10:00:00Z');
    for (let i = 0; i < LOCKOUT_FAILURES; i++) {
      await expect(signIn({ email: user.email, password: `wrong-${i}`, now })).rejects.toMatchObject({ code: 'unauthenticated' });
    }
    await expect(signIn({ email: user.email, password: PASSWORD, now })).rejects.toMatchObject({
      code: 'rate_limited',
      message: expect.stringMatching(/Try again in 15 minutes/),
    });
    const later = new Date(now.getTime() + 16 * 60_000);
    await expect(signIn({ email: user.email, password: PASSWORD, now: later })).resolves.toMatchObject({ id: user.id });
  });

  it('stores only an argon2 hash of the password', async () => {
    const user = await makeUser(db, { role: 'technician', password: PASSWORD });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.passwordHash).not.toContain(PASSWORD);
  });
});
