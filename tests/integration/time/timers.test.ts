import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { getRunningTimer, startTimer, stopTimer } from '@/lib/server/time/timers.ts';
import { actorOf, makeCalendar, makeClient, makeContract, makeTicket, makeTier, makeUser } from '@/tests/factories/index.ts';

async function goldTicket() {
  const client = await makeClient(db, { timezone: 'America/New_York' });
  const tier = await makeTier(db, { calendarId: (await makeCalendar(db)).id });
  await makeContract(db, { clientId: client.id, kind: 'managed', tierId: tier.id });
  return makeTicket(db, { clientId: client.id });
}

describe('timers', () => {
  it('start, then stop logs the elapsed minutes with a decision; one timer at a time', async () => {
    const tech = actorOf(await makeUser(db, { role: 'technician' }));
    const ticket = await goldTicket();
    const startedAt = new Date('2026-03-03T15:00:00Z'); // 10:00 in New York, a Tuesday
    await startTimer({ actor: tech, input: { ticketId: ticket.id }, now: startedAt });
    await expect(startTimer({ actor: tech, input: { ticketId: ticket.id }, now: startedAt })).rejects.toMatchObject({ code: 'conflict' });

    const logged = await stopTimer({ actor: tech, input: { notes: 'Fixed it' }, now: new Date('2026-03-03T15:25:40Z') });
    expect(logged.minutes).toBe(26);
    expect(logged.decision.outcome).toBe('covered');
    expect(await getRunningTimer(tech)).toBeNull();
    const entry = await db.timeEntry.findUniqueOrThrow({ where: { id: logged.entryId } });
    expect(entry.startedAt.toISOString()).toBe(startedAt.toISOString());
    expect(entry.notes).toBe('Fixed it');
  });

  it('stopping twice logs once', async () => {
    const tech = actorOf(await makeUser(db, { role: 'technician' }));
    const ticket = await goldTicket();
    await startTimer({ actor: tech, input: { ticketId: ticket.id }, now: new Date('2026-03-04T15:00:00Z') });
    const results = await Promise.allSettled([
      stopTimer({ actor: tech, input: {}, now: new Date('2026-03-04T15:10:00Z') }),
      stopTimer({ actor: tech, input: {}, now: new Date('2026-03-04T15:10:00Z') }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await db.timeEntry.count({ where: { ticketId: ticket.id } })).toBe(1);
  });

  it('a customer cannot start a timer', async () => {
    const ticket = await goldTicket();
    const customer = actorOf(await makeUser(db, { role: 'customer_admin', clientId: ticket.clientId }));
    await expect(startTimer({ actor: customer, input: { ticketId: ticket.id } })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await db.runningTimer.count({ where: { ticketId: ticket.id } })).toBe(0);
  });
});
