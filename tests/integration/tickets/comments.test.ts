import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { addComment } from '@/lib/server/tickets/add-comment.ts';
import { actorOf, makeClient, makeTicket, makeUser } from '@/tests/factories/index.ts';

async function setup() {
  const client = await makeClient(db);
  const other = await makeClient(db);
  const customer = actorOf(await makeUser(db, { role: 'customer_admin', clientId: client.id }));
  const outsider = actorOf(await makeUser(db, { role: 'customer_admin', clientId: other.id }));
  const tech = actorOf(await makeUser(db, { role: 'technician' }));
  const ticket = await makeTicket(db, { clientId: client.id, requesterId: customer.userId });
  await db.ticket.update({ where: { id: ticket.id }, data: { responseDueAt: new Date('2030-01-01T00:00:00Z') } });
  return { ticket, customer, outsider, tech };
}

describe('replies and notes', () => {
  it('the first public staff reply is the first response; an internal note is not', async () => {
    const { ticket, tech } = await setup();
    await addComment({ actor: tech, input: { ticketId: ticket.id, body: 'Looking into it', isInternal: true }, now: new Date('2029-12-31T10:00:00Z') });
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).firstRespondedAt).toBeNull();
    await addComment({ actor: tech, input: { ticketId: ticket.id, body: 'We are on it' }, now: new Date('2029-12-31T11:00:00Z') });
    const after = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(after.firstRespondedAt?.toISOString()).toBe('2029-12-31T11:00:00.000Z');
    expect(after.isResponseMet).toBe(true);
  });

  it('a customer cannot write an internal note, nor reply on another client’s ticket; nothing is written', async () => {
    const { ticket, customer, outsider } = await setup();
    await expect(addComment({ actor: customer, input: { ticketId: ticket.id, body: 'x', isInternal: true } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(addComment({ actor: outsider, input: { ticketId: ticket.id, body: 'hello' } })).rejects.toMatchObject({ code: 'not_found' });
    expect(await db.ticketComment.count({ where: { ticketId: ticket.id } })).toBe(0);
  });

  it('a customer reply to a ticket waiting on them starts the clock again', async () => {
    const { ticket, customer } = await setup();
    await db.ticket.update({ where: { id: ticket.id }, data: { status: 'waiting_on_customer', slaPausedAt: new Date('2029-12-31T09:00:00Z') } });
    await addComment({ actor: customer, input: { ticketId: ticket.id, body: 'Here is the info' }, now: new Date('2029-12-31T10:00:00Z') });
    const after = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(after.status).toBe('in_progress');
    expect(after.slaPausedAt).toBeNull();
    expect(after.slaPausedMinutes).toBe(60);
  });

  it('an empty reply is refused with a field message', async () => {
    const { ticket, tech } = await setup();
    await expect(addComment({ actor: tech, input: { ticketId: ticket.id, body: '   ' } })).rejects.toMatchObject({ code: 'invalid', fieldErrors: { body: ['Write something before sending.'] } });
  });
});
