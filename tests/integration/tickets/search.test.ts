import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { addComment } from '@/lib/server/tickets/add-comment.ts';
import { listQueue, type QueueInput } from '@/lib/server/tickets/list-queue.ts';
import { listTickets } from '@/lib/server/tickets/list-tickets.ts';
import { mergeTickets } from '@/lib/server/tickets/merge-tickets.ts';
import { actorOf, makeClient, makeTicket, makeUser, uniqueSuffix } from '@/tests/factories/index.ts';

// one database serves the whole run: every test searches words of its own
const word = (stem: string) => `${stem}${uniqueSuffix()}`;

async function setup() {
  const client = await makeClient(db);
  const tech = actorOf(await makeUser(db, { role: 'technician' }));
  const search = (input: QueueInput) => listQueue({ actor: tech, input: { queue: 'all', ...input } }).then((page) => page.items.map((item) => item.id));
  return { client, tech, search };
}

describe('console search ("searchVector", kept by triggers)', () => {
  it('finds a ticket by a word that is only in a comment added after it was opened', async () => {
    const { client, tech, search } = await setup();
    const ticket = await makeTicket(db, { clientId: client.id, subject: 'Printer jam' });
    const reply = word('quokka');
    expect(await search({ q: reply })).toEqual([]);

    await addComment({ actor: tech, input: { ticketId: ticket.id, body: `Cleared the ${reply} tray.` } });
    expect(await search({ q: reply })).toEqual([ticket.id]);
  });

  it('follows an edited subject and description: the new words match, the old ones no longer', async () => {
    const { client, search } = await setup();
    const before = word('walrus');
    const after = word('narwhal');
    const detail = word('axolotl');
    const ticket = await makeTicket(db, { clientId: client.id, subject: `The ${before} is down` });
    expect(await search({ q: before })).toEqual([ticket.id]);

    await db.ticket.update({ where: { id: ticket.id }, data: { subject: `The ${after} is down`, description: `Since ${detail}.` } });
    expect(await search({ q: before })).toEqual([]);
    expect(await search({ q: after })).toEqual([ticket.id]);
    expect(await search({ q: detail })).toEqual([ticket.id]);
  });

  it('keeps the comments in the document when the subject changes, and drops a deleted comment', async () => {
    const { client, tech, search } = await setup();
    const kept = word('ibex');
    const deleted = word('okapi');
    const ticket = await makeTicket(db, { clientId: client.id, subject: 'VPN drops' });
    await addComment({ actor: tech, input: { ticketId: ticket.id, body: `Replaced the ${kept}.` } });
    const comment = await addComment({ actor: tech, input: { ticketId: ticket.id, body: `Typo: ${deleted}`, isInternal: true } });
    await db.ticket.update({ where: { id: ticket.id }, data: { subject: 'VPN drops every hour' } });
    expect(await search({ q: deleted })).toEqual([ticket.id]);

    await db.ticketComment.delete({ where: { id: comment.id } });
    expect(await search({ q: deleted })).toEqual([]);
    expect(await search({ q: kept })).toEqual([ticket.id]);
  });

  it('follows an edited comment and comments moved by a merge', async () => {
    const { client, tech, search } = await setup();
    const first = word('tapir');
    const edited = word('dugong');
    const kept = await makeTicket(db, { clientId: client.id, subject: 'Kept' });
    const duplicate = await makeTicket(db, { clientId: client.id, subject: 'Duplicate' });
    const comment = await addComment({ actor: tech, input: { ticketId: duplicate.id, body: `Seen on the ${first}` } });
    await db.ticketComment.update({ where: { id: comment.id }, data: { body: `Seen on the ${edited}` } });
    expect(await search({ q: first })).toEqual([]);
    expect(await search({ q: edited })).toEqual([duplicate.id]);

    await mergeTickets({ actor: tech, input: { sourceTicketId: duplicate.id, targetNumber: kept.number } });
    expect(await search({ q: edited })).toEqual([kept.id]);
  });

  it('combines the search with the client and priority filters, and still finds a #number', async () => {
    const { client, search } = await setup();
    const other = await makeClient(db);
    const shared = word('pangolin');
    const p2 = await makeTicket(db, { clientId: client.id, priority: 'P2', subject: `${shared} offline` });
    const p3 = await makeTicket(db, { clientId: client.id, priority: 'P3', subject: `${shared} offline` });
    const elsewhere = await makeTicket(db, { clientId: other.id, priority: 'P2', subject: `${shared} offline` });

    expect(new Set(await search({ q: shared }))).toEqual(new Set([p2.id, p3.id, elsewhere.id]));
    expect(new Set(await search({ q: shared, priority: 'P2' }))).toEqual(new Set([p2.id, elsewhere.id]));
    expect(new Set(await search({ q: shared, clientId: client.id }))).toEqual(new Set([p2.id, p3.id]));
    expect(await search({ q: shared, clientId: client.id, priority: 'P2' })).toEqual([p2.id]);
    expect(await search({ q: `#${p3.number}`, clientId: client.id })).toEqual([p3.id]);
  });

  it('keeps taking comments when a thread outgrows what a tsvector holds, its newest words searchable', async () => {
    const { client, tech, search } = await setup();
    const ticket = await makeTicket(db, { clientId: client.id, subject: 'Log dumps' });
    // 60 pasted logs of distinct tokens: about 1.2 MB of lexemes, over the 1 MB a tsvector takes
    const log = (n: number) => Array.from({ length: 600 }, (_, i) => `tok${n}x${i}${'f'.repeat(24)}`).join(' ');
    await db.ticketComment.createMany({ data: Array.from({ length: 60 }, (_, n) => ({ ticketId: ticket.id, body: log(n), createdAt: new Date(Date.UTC(2020, 0, 1, 0, n)) })) });
    const latest = word('gecko');

    await addComment({ actor: tech, input: { ticketId: ticket.id, body: `Found it: ${latest}` } });
    expect(await search({ q: latest })).toEqual([ticket.id]);
    expect(await search({ q: 'Log dumps', clientId: client.id })).toEqual([ticket.id]);
  });

  it('never lets a customer match on an internal note; staff do', async () => {
    const { client, tech, search } = await setup();
    const customer = actorOf(await makeUser(db, { role: 'customer_admin', clientId: client.id }));
    const secret = word('wombat');
    const ticket = await makeTicket(db, { clientId: client.id, requesterId: customer.userId, subject: 'Mail is slow' });
    await addComment({ actor: tech, input: { ticketId: ticket.id, body: `Internal: ${secret} is the culprit`, isInternal: true } });

    expect(await search({ q: secret })).toEqual([ticket.id]);
    const portal = await listTickets({ actor: customer, input: { view: 'all', q: secret } });
    expect(portal.items).toEqual([]);
    expect(portal.total).toBe(0);
    // the same customer finds the ticket by its subject, so the empty result above is the note's doing
    const bySubject = await listTickets({ actor: customer, input: { view: 'all', q: 'Mail is slow' } });
    expect(bySubject.items.map((item) => item.id)).toEqual([ticket.id]);
    await expect(listQueue({ actor: customer, input: { q: secret } })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
