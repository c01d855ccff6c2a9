import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { logTime } from '@/lib/server/time/log-time.ts';
import { actorOf, makeCalendar, makeClient, makeContract, makeTicket, makeTier, makeUser } from '@/tests/factories/index.ts';

async function silverClient() {
  const client = await makeClient(db, { timezone: 'America/Chicago' });
  const tier = await makeTier(db, {
    name: `Silver ${client.code}`,
    calendarId: (await makeCalendar(db)).id,
    helpdeskSessionsPerMonth: 2,
    helpdeskSessionMinutes: 15,
  });
  await makeContract(db, { clientId: client.id, kind: 'managed', tierId: tier.id });
  const tech = actorOf(await makeUser(db, { role: 'technician' }));
  return { client, tech };
}

// local 10:00 in Chicago (UTC−5 in March after the 8th) on weekdays of March 2026
const DAYS = ['2026-03-10', '2026-03-12', '2026-03-05', '2026-03-17'];
const at = (day: string) => new Date(`${day}T15:00:00Z`);

async function logAll(order: string[]) {
  const { client, tech } = await silverClient();
  for (const day of order) {
    const ticket = await makeTicket(db, { clientId: client.id, subject: `Incident on ${day}` });
    await logTime({ actor: tech, input: { ticketId: ticket.id, startedAt: at(day), endedAt: new Date(at(day).getTime() + 10 * 60_000), mode: 'remote' } });
  }
  const decisions = await db.billingDecision.findMany({
    where: { isCurrent: true, timeEntry: { clientId: client.id } },
    select: { outcome: true, quotaSessions: true, timeEntry: { select: { startedAt: true } } },
  });
  return Object.fromEntries(decisions.map((d) => [d.timeEntry.startedAt.toISOString().slice(0, 10), `${d.outcome}/${d.quotaSessions}`]));
}

describe('decisions follow the work date, not the typing order', () => {
  it('a back-dated entry takes a quota session and the later entry is decided again', async () => {
    const { client, tech } = await silverClient();
    const ticket = await makeTicket(db, { clientId: client.id });
    const log = (day: string) =>
      logTime({ actor: tech, input: { ticketId: ticket.id, startedAt: at(day), endedAt: new Date(at(day).getTime() + 10 * 60_000), mode: 'remote' } });
    await log('2026-03-10');
    const second = await log('2026-03-12');
    expect(second.decision.outcome).toBe('covered');
    const backDated = await log('2026-03-05');
    expect(backDated.decision.outcome).toBe('covered');

    const current = await db.billingDecision.findFirstOrThrow({ where: { timeEntryId: second.entryId, isCurrent: true } });
    expect(current.outcome).toBe('billable');
    expect(current.reason).toMatch(/used up/);
    const history = await db.billingDecision.count({ where: { timeEntryId: second.entryId } });
    expect(history).toBe(2);
    const audit = await db.auditLog.findFirst({ where: { entityId: second.entryId, action: 'billing_decision.redecided' } });
    expect(audit?.after).toMatchObject({ outcome: 'billable', cause: 'time_logged' });
  });

  it('any typing order of the same entries yields the same decisions', async () => {
    const inOrder = await logAll([...DAYS].sort());
    const shuffled = await logAll(DAYS);
    const reversed = await logAll([...DAYS].sort().reverse());
    expect(shuffled).toEqual(inOrder);
    expect(reversed).toEqual(inOrder);
    expect(inOrder['2026-03-17']).toBe('billable/0');
  });
});
