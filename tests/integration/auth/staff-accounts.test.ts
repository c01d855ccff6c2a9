import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { verifyPassword } from '@/lib/auth/password.ts';
import { loadActor } from '@/lib/server/auth/load-actor.ts';
import { acceptInvitation } from '@/lib/server/users/accept-invitation.ts';
import { inviteStaff, resendStaffInvitation } from '@/lib/server/users/invite-staff.ts';
import { listStaff } from '@/lib/server/users/list-staff.ts';
import { changeStaffRole, setStaffActive } from '@/lib/server/users/update-staff-access.ts';
import { actorOf, makeClient, makeUser } from '@/tests/factories/index.ts';

const unique = () => `staff-${Date.now()}-${Math.floor(Math.random() * 1e6)}@msp.test`;

async function people() {
  const client = await makeClient(db);
  return {
    admin: actorOf(await makeUser(db, { role: 'admin' })),
    technician: await makeUser(db, { role: 'technician' }),
    manager: actorOf(await makeUser(db, { role: 'account_manager' })),
    customer: await makeUser(db, { role: 'customer_admin', clientId: client.id }),
  };
}

describe('staff accounts', () => {
  it('an admin invites a technician, who chooses a password from the e-mailed link and can then sign in', async () => {
    const { admin } = await people();
    const email = unique();
    const user = await inviteStaff({ actor: admin, input: { email, name: 'Tess Tech', role: 'technician' } });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored).toMatchObject({ email, role: 'technician', clientId: null, passwordHash: null, isActive: true });
    const mail = await db.outboundEmail.findFirstOrThrow({ where: { to: email } });
    const token = /\/invite\/(\S+)/.exec(mail.text)![1];
    expect(mail.subject).toBe('You are invited to the service console');
    await acceptInvitation({ input: { token, password: 'a long enough password', confirmPassword: 'a long enough password' } });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(after.passwordHash!, 'a long enough password')).toBe(true);
    expect((await listStaff({ actor: admin })).find((member) => member.id === user.id)).toMatchObject({ role: 'technician', isInvitePending: false });
    expect(await db.auditLog.count({ where: { entityId: user.id, action: 'user.invited' } })).toBe(1);
  });

  it('only admins manage staff; a taken e-mail or a customer role is refused and nothing is written', async () => {
    const { admin, technician, manager, customer } = await people();
    const before = await db.user.count();
    for (const actor of [actorOf(technician), manager, actorOf(customer), null]) {
      await expect(inviteStaff({ actor, input: { email: unique(), name: 'Nope', role: 'admin' } })).rejects.toMatchObject({ code: actor ? 'forbidden' : 'unauthenticated' });
      await expect(listStaff({ actor })).rejects.toMatchObject({ code: actor ? 'forbidden' : 'unauthenticated' });
      await expect(changeStaffRole({ actor, input: { userId: technician.id, role: 'admin' } })).rejects.toMatchObject({ code: actor ? 'forbidden' : 'unauthenticated' });
      await expect(setStaffActive({ actor, input: { userId: technician.id, isActive: false } })).rejects.toMatchObject({ code: actor ? 'forbidden' : 'unauthenticated' });
    }
    await expect(inviteStaff({ actor: admin, input: { email: technician.email, name: 'Twin', role: 'technician' } })).rejects.toMatchObject({
      code: 'conflict',
      fieldErrors: { email: ['That e-mail address already has an account.'] },
    });
    await expect(inviteStaff({ actor: admin, input: { email: unique(), name: 'Cus', role: 'customer_admin' as never } })).rejects.toMatchObject({ code: 'invalid', fieldErrors: { role: [expect.any(String)] } });
    expect(await db.user.count()).toBe(before);
    expect(await db.user.findUniqueOrThrow({ where: { id: technician.id } })).toMatchObject({ role: 'technician', isActive: true });
  });

  it('changes a colleague’s role and access, never the admin’s own, and never a customer’s', async () => {
    const { admin, technician, customer } = await people();
    expect(await changeStaffRole({ actor: admin, input: { userId: technician.id, role: 'account_manager' } })).toEqual({ id: technician.id, role: 'account_manager' });
    await expect(changeStaffRole({ actor: admin, input: { userId: admin.userId, role: 'technician' } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(setStaffActive({ actor: admin, input: { userId: admin.userId, isActive: false } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(changeStaffRole({ actor: admin, input: { userId: customer.id, role: 'admin' } })).rejects.toMatchObject({ code: 'not_found' });
    await expect(setStaffActive({ actor: admin, input: { userId: 'not-a-uuid', isActive: false } })).rejects.toMatchObject({ code: 'not_found' });
    expect(await db.user.findUniqueOrThrow({ where: { id: customer.id } })).toMatchObject({ role: 'customer_admin' });

    await setStaffActive({ actor: admin, input: { userId: technician.id, isActive: false } });
    expect(await loadActor(technician.id, 'session')).toBeNull(); // signed out on the next request
    await setStaffActive({ actor: admin, input: { userId: technician.id, isActive: true } });
    expect(await loadActor(technician.id, 'session')).toMatchObject({ role: 'account_manager' });
    expect(await db.auditLog.count({ where: { entityId: technician.id, action: { in: ['user.role_changed', 'user.deactivated', 'user.reactivated'] } } })).toBe(3);
  });

  it('resends an invitation: the new link works, the old one does not; refused once a password is set or when deactivated', async () => {
    const { admin, technician } = await people();
    const email = unique();
    const user = await inviteStaff({ actor: admin, input: { email, name: 'Rita Resend', role: 'account_manager' } });
    await resendStaffInvitation({ actor: admin, input: { userId: user.id } });
    const [first, second] = (await db.outboundEmail.findMany({ where: { to: email }, orderBy: { createdAt: 'asc' } })).map((mail) => /\/invite\/(\S+)/.exec(mail.text)![1]);
    const password = { password: 'a long enough password', confirmPassword: 'a long enough password' };
    await expect(acceptInvitation({ input: { token: first, ...password } })).rejects.toMatchObject({ code: 'conflict' }); // superseded: counts as used
    await acceptInvitation({ input: { token: second, ...password } });
    await expect(resendStaffInvitation({ actor: admin, input: { userId: user.id } })).rejects.toMatchObject({ code: 'conflict' });
    await expect(resendStaffInvitation({ actor: actorOf(technician), input: { userId: user.id } })).rejects.toMatchObject({ code: 'forbidden' });
    const pending = await inviteStaff({ actor: admin, input: { email: unique(), name: 'Dee Activated', role: 'technician' } });
    await setStaffActive({ actor: admin, input: { userId: pending.id, isActive: false } });
    await expect(resendStaffInvitation({ actor: admin, input: { userId: pending.id } })).rejects.toMatchObject({ code: 'conflict' });
  });
});
