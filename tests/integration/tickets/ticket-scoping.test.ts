import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { getTicket } from '@/lib/server/tickets/get-ticket.ts';
import { listTickets } from '@/lib/server/tickets/list-tickets.ts';
import { createTicket } from '@/lib/server/tickets/create-ticket.ts';
import { actorOf, makeAsset, makeClient, makeTicket, makeUser } from '@/tests/factories/index.ts';

async function twoClients() {
  const clientA = await makeClient(db);
  const clientB = await makeClient(db);
  const adminA = actorOf(await makeUser(db, { role: 'customer_admin', clientId: clientA.id }));
  const userA = actorOf(await makeUser(db, { role: 'customer_user', clientId: clientA.id }));
  const adminB = actorOf(await makeUser(db, { role: 'customer_admin', clientId: clientB.id }));
  const staff = actorOf(await makeUser(db, { role: 'technician' }));
  const ticketA = await makeTicket(db, { clientId: clientA.id, requesterId: adminA.userId, subject: 'A’s printer' });
  await db.ticketComment.create({ data: { ticketId: ticketA.id, body: 'Public reply', isInternal: false } });
  await db.ticketComment.create({ data: { ticketId: ticketA.id, body: 'Secret internal note', isInternal: true } });
  return { clientA, clientB, adminA, userA, adminB, staff, ticketA };
}

describe('ticket scoping', () => {
  it('another client’s customer gets not-found for a ticket', async () => {
    const { adminB, ticketA } = await twoClients();
    await expect(getTicket({ actor: adminB, number: ticketA.number })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('customers never receive internal notes; staff do', async () => {
    const { adminA, staff, ticketA } = await twoClients();
    const asCustomer = await getTicket({ actor: adminA, number: ticketA.number });
    expect(asCustomer.comments.map((c) => c.body)).toEqual(['Public reply']);
    const asStaff = await getTicket({ actor: staff, number: ticketA.number });
    expect(asStaff.comments.map((c) => c.body)).toContain('Secret internal note');
  });

  it('a customer user sees their own tickets, not colleagues’ (unless shared)', async () => {
    const { adminA, userA, ticketA } = await twoClients();
    await expect(getTicket({ actor: userA, number: ticketA.number })).rejects.toMatchObject({ code: 'not_found' });
    await db.ticketWatcher.create({ data: { ticketId: ticketA.id, userId: userA.userId } });
    await expect(getTicket({ actor: userA, number: ticketA.number })).resolves.toMatchObject({ id: ticketA.id });
    const list = await listTickets({ actor: adminA, input: { view: 'all' } });
    expect(list.items.every((item) => item.clientName === list.items[0].clientName)).toBe(true);
  });

  it('lists only the customer’s own client', async () => {
    const { adminB, ticketA } = await twoClients();
    const list = await listTickets({ actor: adminB, input: { view: 'all' } });
    expect(list.items.map((i) => i.id)).not.toContain(ticketA.id);
  });

  it('a customer cannot open a ticket for another client or link its assets', async () => {
    const { adminA, clientB } = await twoClients();
    const assetB = await makeAsset(db, { clientId: clientB.id });
    const created = await createTicket({ actor: adminA, input: { clientId: clientB.id, type: 'incident', priority: 'P3', subject: 'Sneaky' } });
    const ticket = await db.ticket.findUniqueOrThrow({ where: { id: created.id } });
    expect(ticket.clientId).toBe(adminA.clientId); // the client comes from the session, never the input
    const before = await db.ticket.count();
    await expect(
      createTicket({ actor: adminA, input: { type: 'incident', priority: 'P3', subject: 'With B’s asset', assetIds: [assetB.id] } }),
    ).rejects.toMatchObject({ code: 'invalid' });
    expect(await db.ticket.count()).toBe(before);
  });
});
