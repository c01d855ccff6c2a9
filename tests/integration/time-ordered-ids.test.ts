import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { logTime } from '@/lib/server/time/log-time.ts';
import { actorOf, makeCalendar, makeClient, makeContract, makeTicket, makeTier, makeUser } from '@/tests/factories/index.ts';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const millisOf = (id: string) => parseInt(id.replace(/-/g, '').slice(0, 12), 16);

describe('time-ordered ids (uuid_v7)', () => {
  it('makes RFC 9562 version-7 ids carrying the current millisecond, later ones sorting after', async () => {
    const before = Date.now();
    const first = (await db.$queryRaw<{ id: string }[]>`SELECT uuid_v7()::text AS id`)[0].id;
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = (await db.$queryRaw<{ id: string }[]>`SELECT uuid_v7()::text AS id`)[0].id;
    expect(first).toMatch(UUID_V7);
    expect(second).toMatch(UUID_V7);
    expect(millisOf(first)).toBeGreaterThanOrEqual(before - 1000);
    expect(millisOf(first)).toBeLessThanOrEqual(Date.now() + 1000);
    expect(second > first).toBe(true);
  });

  it('gives logged time, its decision and the decision’s parts time-ordered ids', async () => {
    const tier = await makeTier(db, { calendarId: (await makeCalendar(db)).id });
    const client = await makeClient(db, { timezone: 'UTC' });
    await makeContract(db, { clientId: client.id, kind: 'managed', tierId: tier.id });
    const ticket = await makeTicket(db, { clientId: client.id, type: 'incident' });
    const actor = actorOf(await makeUser(db, { role: 'technician' }));
    const { entryId } = await logTime({ actor, input: { ticketId: ticket.id, startedAt: '2026-03-03T10:00:00Z', endedAt: '2026-03-03T10:20:00Z', mode: 'remote' } });
    const decision = await db.billingDecision.findFirstOrThrow({ where: { timeEntryId: entryId }, select: { id: true, parts: { select: { id: true } } } });
    expect(entryId).toMatch(UUID_V7);
    expect(decision.id).toMatch(UUID_V7);
    expect(decision.parts.map((part) => part.id)).toEqual([expect.stringMatching(UUID_V7)]);
  });
});
