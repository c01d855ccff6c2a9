import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { mergeTickets } from '@/lib/server/tickets/merge-tickets.ts';
import { createFollowUpProblem } from '@/lib/server/tickets/create-follow-up-problem.ts';
import { getConsoleTicket } from '@/lib/server/tickets/get-console-ticket.ts';
import { logTime } from '@/lib/server/time/log-time.ts';
import { actorOf, makeAsset, makeCalendar, makeClient, makeContract, makeTicket, makeTier, makeUser } from '@/tests/factories/index.ts';

async function goldClient() {
  const client = await makeClient(db, { timezone: 'America/New_York' });
  const tier = await makeTier(db, { calendarId: (await makeCalendar(db)).id });
  await makeContract(db, { clientId: client.id, kind: 'managed', tierId: tier.id });
  const tech = actorOf(await makeUser(db, { role: 'technician' }));
  return { client, tech };
}
const tuesday10am = new Date('2026-03-03T15:00:00Z');

describe('merging duplicates', () => {
  it('moves the conversation and time, closes the duplicate, and decides the time again under the kept ticket', async () => {
    const { client, tech } = await goldClient();
    const kept = await makeTicket(db, { clientId: client.id, type: 'service_request', subject: 'Kept' });
    const duplicate = await makeTicket(db, { clientId: client.id, type: 'incident', subject: 'Duplicate' });
    await db.ticketComment.create({ data: { ticketId: duplicate.id, body: 'Same problem here' } });
    const logged = await logTime({ actor: tech, input: { ticketId: duplicate.id, startedAt: tuesday10am, endedAt: new Date(tuesday10am.getTime() + 20 * 60_000), mode: 'remote' } });
    expect(logged.decision.outcome).toBe('covered');

    await mergeTickets({ actor: tech, input: { sourceTicketId: duplicate.id, targetNumber: kept.number } });
    const after = await db.ticket.findUniqueOrThrow({ where: { id: duplicate.id } });
    expect(after.mergedIntoId).toBe(kept.id);
    expect(after.status).toBe('closed');
    expect(await db.ticketComment.count({ where: { ticketId: kept.id } })).toBe(1);
    const entry = await db.timeEntry.findUniqueOrThrow({ where: { id: logged.entryId }, select: { ticketId: true, decisions: { where: { isCurrent: true }, select: { rule: true } } } });
    expect(entry.ticketId).toBe(kept.id);
    expect(entry.decisions[0].rule).toBe('service_request');
    const { timeline } = await getConsoleTicket({ actor: tech, number: kept.number });
    expect(timeline.some((item) => item.text.includes(`#${duplicate.number} was merged`))).toBe(true);
  });

  it('refuses another client’s ticket, itself, and customers — changing nothing', async () => {
    const { client, tech } = await goldClient();
    const other = await makeClient(db);
    const a = await makeTicket(db, { clientId: client.id });
    const b = await makeTicket(db, { clientId: other.id });
    await expect(mergeTickets({ actor: tech, input: { sourceTicketId: a.id, targetNumber: b.number } })).rejects.toMatchObject({ code: 'invalid' });
    await expect(mergeTickets({ actor: tech, input: { sourceTicketId: a.id, targetNumber: a.number } })).rejects.toMatchObject({ code: 'invalid' });
    const customer = actorOf(await makeUser(db, { role: 'customer_admin', clientId: client.id }));
    const c = await makeTicket(db, { clientId: client.id });
    await expect(mergeTickets({ actor: customer, input: { sourceTicketId: a.id, targetNumber: c.number } })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await db.ticket.findUniqueOrThrow({ where: { id: a.id } })).mergedIntoId).toBeNull();
  });
});

describe('follow-up problem from a resolved incident', () => {
  it('opens a linked problem ticket with the incident’s assets; an open incident is refused', async () => {
    const { client, tech } = await goldClient();
    const server = await makeAsset(db, { clientId: client.id, class: 'server' });
    const incident = await makeTicket(db, { clientId: client.id, type: 'incident', status: 'in_progress', assetIds: [server.id], subject: 'Server crashed' });
    await expect(createFollowUpProblem({ actor: tech, input: { incidentId: incident.id } })).rejects.toMatchObject({ code: 'conflict' });
    await db.ticket.update({ where: { id: incident.id }, data: { status: 'resolved' } });
    const created = await createFollowUpProblem({ actor: tech, input: { incidentId: incident.id } });
    const problem = await db.ticket.findUniqueOrThrow({ where: { id: created.id }, select: { type: true, parentTicketId: true, subject: true, assets: { select: { assetId: true } } } });
    expect(problem).toMatchObject({ type: 'problem', parentTicketId: incident.id, subject: 'Root cause: Server crashed' });
    expect(problem.assets.map((a) => a.assetId)).toEqual([server.id]);
  });
});
