import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { getConsoleTicket } from '@/lib/server/tickets/get-console-ticket.ts';
import { getTicket } from '@/lib/server/tickets/get-ticket.ts';
import { listLinkableAssets } from '@/lib/server/tickets/list-linkable-assets.ts';
import { logTime } from '@/lib/server/time/log-time.ts';
import { startTimer } from '@/lib/server/time/timers.ts';
import { actorOf, makeApprovedEstimate, makeAsset, makeCalendar, makeClient, makeContract, makeTicket, makeTier, makeUser } from '@/tests/factories/index.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 3, 15, minute));

describe('the console ticket page’s read', () => {
  it('builds the timeline from the rows it shows: replies, notes, changes, time, estimates and alerts, oldest first', async () => {
    const client = await makeClient(db);
    const tech = await makeUser(db, { role: 'technician', name: 'Terry Tech' });
    const customer = await makeUser(db, { role: 'customer_admin', clientId: client.id, name: 'Carla Customer' });
    const ticket = await makeTicket(db, { clientId: client.id, createdAt: at(0) });
    await db.ticketComment.create({ data: { ticketId: ticket.id, authorId: customer.id, body: 'It is down', createdAt: at(1) } });
    await db.ticketComment.create({ data: { ticketId: ticket.id, authorId: tech.id, body: 'Checked the switch', isInternal: true, createdAt: at(2) } });
    await db.ticketEvent.create({ data: { ticketId: ticket.id, actorId: tech.id, kind: 'status_changed', data: { from: 'new', to: 'in_progress' }, createdAt: at(3) } });
    await db.timeEntry.create({ data: { ticketId: ticket.id, clientId: client.id, userId: tech.id, startedAt: at(4), endedAt: at(24), minutes: 20, mode: 'remote' } });
    const estimate = await makeApprovedEstimate(db, { ticketId: ticket.id, clientId: client.id, requestedById: tech.id, decidedById: customer.id });
    await db.estimate.update({ where: { id: estimate.id }, data: { createdAt: at(5), decidedAt: at(6) } });
    await db.monitoringAlert.create({ data: { clientId: client.id, ticketId: ticket.id, source: 'rmm', checkKey: 'disk', severity: 'critical', message: 'Disk full', occurrences: 3, receivedAt: at(7) } });

    const page = await getConsoleTicket({ actor: actorOf(tech), number: ticket.number });

    expect(page.ticket.id).toBe(ticket.id);
    expect(page.ticket.comments.map((c) => c.body)).toEqual(['It is down', 'Checked the switch']);
    expect(page.timeline.map((item) => [item.kind, item.actorName, item.text])).toEqual([
      ['reply', 'Carla Customer', 'It is down'],
      ['note', 'Terry Tech', 'Checked the switch'],
      ['event', 'Terry Tech', 'Status New → In progress'],
      ['time', 'Terry Tech', '20 min remote — Undecided'],
      ['estimate', 'Terry Tech', 'Estimate raised: Approved work'],
      ['estimate', 'Carla Customer', 'Estimate approved'],
      ['alert', 'rmm', 'Disk full (×3)'],
    ]);
    expect(page.staff.some((s) => s.id === tech.id)).toBe(true);
    expect(page.staff.some((s) => s.id === customer.id)).toBe(false);
  });

  it('shows the ticket exactly as getTicket shows it to staff, with the assignee choices and the viewer’s timer', async () => {
    const client = await makeClient(db, { timezone: 'America/New_York' });
    const tier = await makeTier(db, { calendarId: (await makeCalendar(db)).id });
    await makeContract(db, { clientId: client.id, kind: 'managed', tierId: tier.id });
    const tech = actorOf(await makeUser(db, { role: 'technician' }));
    const server = await makeAsset(db, { clientId: client.id, class: 'server', isSupported: false });
    const ticket = await makeTicket(db, { clientId: client.id, assetIds: [server.id], assigneeId: tech.userId, requesterId: (await makeUser(db, { role: 'customer_user', clientId: client.id })).id });
    await db.ticketComment.create({ data: { ticketId: ticket.id, body: 'From the system', createdAt: at(1) } });
    await db.ticketComment.create({ data: { ticketId: ticket.id, authorId: tech.userId, body: 'Internal', isInternal: true, createdAt: at(2) } });
    await makeApprovedEstimate(db, { ticketId: ticket.id, clientId: client.id, requestedById: tech.userId, amount: '450.50' });
    await db.estimate.create({ data: { ticketId: ticket.id, clientId: client.id, description: 'Pending work', minutes: 90, requestedById: tech.userId } });
    await logTime({ actor: tech, input: { ticketId: ticket.id, startedAt: at(0), endedAt: at(20), mode: 'remote', notes: 'Rebooted' } });
    await logTime({ actor: tech, input: { ticketId: ticket.id, startedAt: at(30), endedAt: at(45), mode: 'phone' } });
    const other = await makeTicket(db, { clientId: client.id });
    await startTimer({ actor: tech, input: { ticketId: other.id } });

    const page = await getConsoleTicket({ actor: tech, number: ticket.number });

    // (getTicket's row also carries the requester object it reads the name from)
    expect(page.ticket).toEqual({ ...(await getTicket({ actor: tech, number: ticket.number })), requester: undefined });
    expect(page.ticket.timeEntries[0].decision?.parts.length).toBeGreaterThan(0);
    expect(page.ticket.comments[0].authorName).toBe('System');
    expect(page.timeline.find((item) => item.text === 'From the system')?.actorName).toBeNull();
    expect(page.runningTimer).toMatchObject({ ticketNumber: other.number });
    expect(page.staff).toContainEqual({ id: tech.userId, name: tech.name });
  });

  it('an unknown or impossible number is not found', async () => {
    const tech = actorOf(await makeUser(db, { role: 'technician' }));
    await expect(getConsoleTicket({ actor: tech, number: 2_000_000_000 })).rejects.toMatchObject({ code: 'not_found' });
    await expect(getConsoleTicket({ actor: tech, number: 99_999_999_999 })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('the asset picker’s options', () => {
  it('are the in-service assets of the ticket’s own client only', async () => {
    const clientA = await makeClient(db);
    const clientB = await makeClient(db);
    const tech = actorOf(await makeUser(db, { role: 'technician' }));
    const server = await makeAsset(db, { clientId: clientA.id, name: 'A server', class: 'server' });
    const retired = await makeAsset(db, { clientId: clientA.id, name: 'A old laptop' });
    await db.asset.update({ where: { id: retired.id }, data: { lifecycle: 'retired' } });
    await makeAsset(db, { clientId: clientB.id, name: 'B server', class: 'server' });
    const ticket = await makeTicket(db, { clientId: clientA.id });

    const options = await listLinkableAssets({ actor: tech, input: { ticketId: ticket.id } });
    expect(options).toEqual([{ id: server.id, name: 'A server', class: 'server' }]);
  });

  it('refuses a malformed id and an unknown ticket', async () => {
    const tech = actorOf(await makeUser(db, { role: 'technician' }));
    await expect(listLinkableAssets({ actor: tech, input: { ticketId: 'nope' } })).rejects.toMatchObject({ code: 'invalid' });
    await expect(listLinkableAssets({ actor: tech, input: { ticketId: '00000000-0000-4000-8000-000000000000' } })).rejects.toMatchObject({ code: 'not_found' });
  });
});
