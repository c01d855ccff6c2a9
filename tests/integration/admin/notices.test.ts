import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { runNoticesScan } from '@/lib/server/notices/run-notices-scan.ts';
import { staffFor } from '@/lib/server/notices/recipients.ts';
import { recordRetainerPurchase } from '@/lib/server/retainer/record-retainer-purchase.ts';
import { listNotifications } from '@/lib/server/notifications/list-notifications.ts';
import { markNotificationsRead } from '@/lib/server/notifications/mark-notifications-read.ts';
import { actorOf, makeAsset, makeClient, makeContract, makeRetainerPurchase, makeTicket, makeUser } from '@/tests/factories/index.ts';

process.env.JOBS_DISABLED = 'true';

const NOW = new Date('2026-03-10T12:00:00Z');
const daysFrom = (days: number) => new Date(Date.parse('2026-03-10') + days * 86_400_000);

async function noticesFor(prefix: string) {
  const notifications = await db.notification.findMany({ where: { dedupeKey: { startsWith: prefix } }, select: { userId: true, title: true, link: true, user: { select: { email: true } } } });
  const emails = notifications.length ? await db.outboundEmail.findMany({ where: { subject: notifications[0].title }, select: { to: true } }) : [];
  return { notifications, emails };
}

async function clientWithPeople() {
  const manager = await makeUser(db, { role: 'account_manager' });
  const client = await makeClient(db, { timezone: 'UTC', accountManagerId: manager.id });
  const customerAdmin = await makeUser(db, { role: 'customer_admin', clientId: client.id });
  await makeUser(db, { role: 'customer_user', clientId: client.id });
  return { manager, client, customerAdmin };
}

describe('notices-scan', () => {
  it('a contract ending in 60 days yields exactly one 60-day notice per recipient, in-app and by e-mail, however often the scan runs', async () => {
    const { manager, client } = await clientWithPeople();
    const contract = await makeContract(db, { clientId: client.id, kind: 'time_and_materials', endsOn: daysFrom(55) });
    for (let run = 0; run < 3; run++) await runNoticesScan({ now: NOW });

    const recipients = await staffFor(db, manager.id);
    expect(recipients.map((r) => r.id)).toContain(manager.id);
    const { notifications, emails } = await noticesFor(`contract-ending:60:${contract.id}`);
    expect(notifications.map((n) => n.userId).sort()).toEqual(recipients.map((r) => r.id).sort());
    expect(emails.map((e) => e.to).sort()).toEqual(recipients.map((r) => r.email).sort());
    expect(notifications[0].title).toBe(`Contract ${contract.number} (${client.name}) ends in 55 days`);
    expect(await db.notification.count({ where: { dedupeKey: { startsWith: `contract-ending:90:${contract.id}` } } })).toBe(0);

    // 25 days later it is due for the 30-day notice, once more per recipient
    await runNoticesScan({ now: new Date(NOW.getTime() + 25 * 86_400_000) });
    expect((await noticesFor(`contract-ending:30:${contract.id}`)).notifications).toHaveLength(recipients.length);
  });

  it('a retainer below its threshold notifies the customer admins and account manager once per block', async () => {
    const { manager, client, customerAdmin } = await clientWithPeople();
    const contract = await makeContract(db, { clientId: client.id, kind: 'retainer', lowBalanceUnits: 8 });
    await makeRetainerPurchase(db, { contractId: contract.id, clientId: client.id, units: 5 });
    await runNoticesScan({ now: NOW });
    await runNoticesScan({ now: NOW });
    const first = await db.notification.findMany({ where: { dedupeKey: { startsWith: `retainer-low:${contract.id}:` } }, select: { userId: true, link: true } });
    expect(first.map((n) => n.userId).sort()).toEqual([manager.id, customerAdmin.id].sort());
    expect(first.find((n) => n.userId === customerAdmin.id)?.link).toBeNull();
    expect(await db.outboundEmail.count({ where: { to: { in: [manager.email, customerAdmin.email] }, subject: { startsWith: 'Prepaid hours running low' } } })).toBe(2);

    // a top-up that still leaves it low is a new episode: one more notice each
    await recordRetainerPurchase({ actor: actorOf(manager), input: { clientId: client.id, contractId: contract.id, units: 1, kind: 'top_up', at: '2026-03-10' } });
    await runNoticesScan({ now: NOW });
    await runNoticesScan({ now: NOW });
    expect(await db.notification.count({ where: { dedupeKey: { startsWith: `retainer-low:${contract.id}:` } } })).toBe(4);
  });

  it('warranties, pending estimates and SLA breaches reach the right people once', async () => {
    const { manager, client, customerAdmin } = await clientWithPeople();
    const tech = await makeUser(db, { role: 'technician' });
    const asset = await makeAsset(db, { clientId: client.id, name: `FW-${client.code}`, warrantyExpiresOn: daysFrom(20) });
    const ticket = await makeTicket(db, { clientId: client.id, status: 'in_progress', assigneeId: tech.id });
    await db.ticket.update({ where: { id: ticket.id }, data: { resolutionDueAt: new Date(NOW.getTime() - 3_600_000) } });
    const estimate = await db.estimate.create({
      data: { ticketId: ticket.id, clientId: client.id, description: 'Replace the switch', minutes: 120, requestedById: tech.id, createdAt: new Date(NOW.getTime() - 4 * 86_400_000) },
    });
    for (let run = 0; run < 2; run++) await runNoticesScan({ now: NOW });

    const warranty = await noticesFor(`warranty-expiring:30:${asset.id}`);
    expect(warranty.notifications.map((n) => n.userId)).toEqual(expect.arrayContaining([manager.id, customerAdmin.id]));
    expect(warranty.notifications.find((n) => n.userId === customerAdmin.id)?.link).toBeNull();
    expect(warranty.emails).toHaveLength(warranty.notifications.length);
    expect((await noticesFor(`estimate-pending:${estimate.id}`)).notifications.map((n) => n.userId)).toEqual([customerAdmin.id]);
    const breach = await noticesFor(`sla-breached:${ticket.id}`);
    expect(breach.notifications.map((n) => n.userId)).toEqual([tech.id]);
    expect(breach.emails.map((e) => e.to)).toEqual([tech.email]);
  });

  it('each user lists and marks only their own notices', async () => {
    const { manager, client } = await clientWithPeople();
    const other = await makeUser(db, { role: 'account_manager' });
    await makeContract(db, { clientId: client.id, kind: 'time_and_materials', endsOn: daysFrom(80) });
    await runNoticesScan({ now: NOW });
    const mine = await listNotifications({ actor: actorOf(manager) });
    expect(mine.unread).toBeGreaterThan(0);
    const id = mine.items[0].id;
    expect(await markNotificationsRead({ actor: actorOf(other), input: { notificationId: id } })).toBe(0);
    expect(await markNotificationsRead({ actor: actorOf(manager), input: { notificationId: id } })).toBe(1);
    expect((await listNotifications({ actor: actorOf(manager) })).unread).toBe(mine.unread - 1);
  });
});
