import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { listQueue } from '@/lib/server/tickets/list-queue.ts';
import { queueCounts } from '@/lib/server/tickets/queue-counts.ts';
import { actorOf, makeClient, makeTicket, makeUser } from '@/tests/factories/index.ts';

const NOW = new Date('2030-01-10T12:00:00Z');
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);

async function setup() {
  const client = await makeClient(db);
  const team = await db.team.create({ data: { name: `Team ${client.code}` } });
  const me = await makeUser(db, { role: 'technician', teamId: team.id });
  const colleague = await makeUser(db, { role: 'technician', teamId: team.id });
  const t = async (input: Parameters<typeof makeTicket>[1], due: Date | null) => {
    const ticket = await makeTicket(db, input);
    await db.ticket.update({ where: { id: ticket.id }, data: { resolutionDueAt: due } });
    return ticket;
  };
  const tickets = {
    unassigned: await t({ clientId: client.id, subject: 'Unassigned printer jam' }, minutes(600)),
    mine: await t({ clientId: client.id, assigneeId: me.id, status: 'in_progress', subject: 'Mine laptop' }, minutes(300)),
    colleagues: await t({ clientId: client.id, assigneeId: colleague.id, status: 'in_progress', subject: 'Colleague server' }, minutes(30)),
    breached: await t({ clientId: client.id, assigneeId: me.id, status: 'in_progress', subject: 'Breached firewall', priority: 'P1' }, minutes(-5)),
    waiting: await t({ clientId: client.id, status: 'waiting_on_customer', subject: 'Waiting for reply' }, minutes(-50)),
    noTarget: await t({ clientId: client.id, subject: 'No target yet' }, null),
    resolved: await t({ clientId: client.id, status: 'resolved', subject: 'Resolved thing' }, minutes(-100)),
  };
  await db.ticketComment.create({ data: { ticketId: tickets.mine.id, body: 'The flux capacitor rattles' } });
  return { client, me: actorOf(me), tickets };
}

const ids = (items: { id: string }[]) => items.map((item) => item.id);

describe('staff queues', () => {
  it('each queue holds the right tickets, soonest due first, paused ones out of SLA queues', async () => {
    const { client, me, tickets } = await setup();
    const q = (queue: string) => listQueue({ actor: me, input: { queue: queue as never, clientId: client.id }, now: NOW }).then((r) => ids(r.items));
    expect(await q('unassigned')).toEqual([tickets.waiting.id, tickets.unassigned.id, tickets.noTarget.id]);
    expect(await q('mine')).toEqual([tickets.breached.id, tickets.mine.id]);
    expect(await q('team')).toEqual([tickets.breached.id, tickets.colleagues.id, tickets.mine.id]);
    expect(await q('at_risk')).toEqual([tickets.colleagues.id]);
    expect(await q('breached')).toEqual([tickets.breached.id]);
    expect(await q('waiting')).toEqual([tickets.waiting.id]);
    expect(await q('open')).toEqual([tickets.waiting.id, tickets.breached.id, tickets.colleagues.id, tickets.mine.id, tickets.unassigned.id, tickets.noTarget.id]);
  });

  it('searches subjects and comments, and filters', async () => {
    const { client, me, tickets } = await setup();
    const byComment = await listQueue({ actor: me, input: { queue: 'all', clientId: client.id, q: 'flux capacitor' }, now: NOW });
    expect(ids(byComment.items)).toEqual([tickets.mine.id]);
    const bySubject = await listQueue({ actor: me, input: { queue: 'all', clientId: client.id, q: 'firewall' }, now: NOW });
    expect(ids(bySubject.items)).toEqual([tickets.breached.id]);
    const p1 = await listQueue({ actor: me, input: { queue: 'open', clientId: client.id, priority: 'P1' }, now: NOW });
    expect(ids(p1.items)).toEqual([tickets.breached.id]);
  });

  it('keyset pages cover every ticket exactly once, tickets without a target last', async () => {
    const { client, me } = await setup();
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listQueue({ actor: me, input: { queue: 'all', clientId: client.id, pageSize: 5, cursor }, now: NOW });
      seen.push(...ids(page.items));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
  });

  it('counts per queue, and customers are refused', async () => {
    const { client, me } = await setup();
    const counts = await queueCounts({ actor: me, now: NOW });
    expect(counts.breached).toBeGreaterThanOrEqual(1);
    const customer = actorOf(await makeUser(db, { role: 'customer_admin', clientId: client.id }));
    await expect(listQueue({ actor: customer, input: {} })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(queueCounts({ actor: customer })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('each count is the number of tickets its queue lists', async () => {
    const { me } = await setup();
    const counts = await queueCounts({ actor: me, now: NOW });
    for (const queue of ['unassigned', 'mine', 'team', 'at_risk', 'breached', 'waiting', 'approval', 'open'] as const) {
      let listed = 0;
      let cursor: string | undefined;
      do {
        const page = await listQueue({ actor: me, input: { queue, pageSize: 100, cursor }, now: NOW });
        listed += page.items.length;
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect({ queue, count: counts[queue] }).toEqual({ queue, count: listed });
    }
  });

  it('counts a technician’s own queues exactly; shared counts may be reused for a few seconds only when asked', async () => {
    const { me, tickets } = await setup();
    const first = await queueCounts({ actor: me, now: NOW }); // counted now, and kept
    expect(first.mine).toBe(2);
    expect(first.team).toBe(3);
    await makeTicket(db, { clientId: (await db.ticket.findUniqueOrThrow({ where: { id: tickets.mine.id } })).clientId, assigneeId: me.userId, status: 'in_progress' });

    const cached = await queueCounts({ actor: me, now: new Date(NOW.getTime() + 5_000), maxAgeMs: 10_000 });
    expect(cached.mine).toBe(3); // personal: always counted
    expect(cached.open).toBe(first.open); // shared: the count of five seconds ago
    const fresh = await queueCounts({ actor: me, now: new Date(NOW.getTime() + 5_000) });
    expect(fresh.open).toBe(first.open + 1);
    const expired = await queueCounts({ actor: me, now: new Date(NOW.getTime() + 30_000), maxAgeMs: 10_000 });
    expect(expired.open).toBe(first.open + 1);
  });

  it('shares one count of the open tickets among requests that arrive while it runs', async () => {
    const { me } = await setup();
    const statements: string[] = [];
    // the same database, with every statement noted
    const noting = new Proxy(db, {
      get: (target, property) =>
        property === '$queryRaw'
          ? (query: { sql: string }, ...rest: unknown[]) => (statements.push(query.sql), (target.$queryRaw as (...args: unknown[]) => unknown)(query, ...rest))
          : Reflect.get(target, property),
    }) as typeof db;
    const later = new Date(NOW.getTime() + 86_400_000); // anything kept has expired
    const all = await Promise.all(Array.from({ length: 5 }, () => queueCounts({ actor: me, now: later, maxAgeMs: 10_000 }, noting)));
    const counted = (queue: string) => statements.filter((sql) => sql.includes(`AS "${queue}"`)).length;
    expect({ shared: counted('open'), team: counted('team'), mine: counted('mine') }).toEqual({ shared: 1, team: 1, mine: 5 });
    expect(new Set(all.map((counts) => JSON.stringify(counts))).size).toBe(1);
    // asking for fresh counts never joins another request's
    statements.length = 0;
    await Promise.all([queueCounts({ actor: me, now: later }, noting), queueCounts({ actor: me, now: later }, noting)]);
    expect(counted('open')).toBe(2);
  });
});
