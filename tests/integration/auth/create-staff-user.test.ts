import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { verifyPassword } from '@/lib/auth/password.ts';
import { createStaffUser } from '@/lib/server/users/create-staff-user.ts';

const unique = () => `ops-${Date.now()}-${Math.floor(Math.random() * 1e6)}@msp.test`;

describe('creating a staff account from the command line', () => {
  it('creates a signed-in-able admin with a hashed password, audited with the operator', async () => {
    const email = unique();
    const user = await createStaffUser({ input: { email: ` ${email.toUpperCase()} `, name: 'Ada Admin', role: 'admin', password: 'correct horse battery' }, operator: 'deploy' });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored).toMatchObject({ email, role: 'admin', isActive: true, clientId: null });
    expect(stored.passwordHash).not.toContain('correct horse');
    expect(await verifyPassword(stored.passwordHash!, 'correct horse battery')).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: user.id, action: 'user.created_by_operator' } });
    expect(audit.after).toMatchObject({ email, role: 'admin', operator: 'deploy' });
  });

  it('refuses a taken e-mail, a customer role, a short password and a bad address, and writes nothing', async () => {
    const email = unique();
    await createStaffUser({ input: { email, name: 'First', role: 'technician', password: 'long enough password' }, operator: 'deploy' });
    const before = await db.user.count();
    await expect(createStaffUser({ input: { email, name: 'Second', role: 'admin', password: 'long enough password' }, operator: 'deploy' })).rejects.toMatchObject({
      code: 'conflict',
      fieldErrors: { email: ['That e-mail address already has an account.'] },
    });
    await expect(createStaffUser({ input: { email: unique(), name: 'Cus', role: 'customer_admin' as never, password: 'long enough password' }, operator: 'deploy' })).rejects.toMatchObject({
      code: 'invalid',
      fieldErrors: { role: [expect.any(String)] },
    });
    await expect(createStaffUser({ input: { email: unique(), name: 'Shorty', role: 'admin', password: 'short' }, operator: 'deploy' })).rejects.toMatchObject({
      fieldErrors: { password: ['Use at least 10 characters.'] },
    });
    await expect(createStaffUser({ input: { email: 'not-an-address', name: 'Bad', role: 'admin', password: 'long enough password' }, operator: 'deploy' })).rejects.toMatchObject({
      fieldErrors: { email: ['Enter a valid e-mail address.'] },
    });
    expect(await db.user.count()).toBe(before);
  });
});
