import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { logTime } from '@/lib/server/time/log-time.ts';
import { isAppError } from '@/lib/errors/app-error.ts';
import {
  actorOf,
  makeAsset,
  makeCalendar,
  makeClient,
  makeContract,
  makeRetainerPurchase,
  makeTicket,
  makeTier,
  makeUser,
} from '@/tests/factories/index.ts';

async function retainerClient(units: number) {
  const client = await makeClient(db, { timezone: 'Europe/London' });
  const contract = await makeContract(db, { clientId: client.id, kind: 'retainer', overageRate: '120.00' });
  await makeRetainerPurchase(db, { contractId: contract.id, clientId: client.id, units });
  const ticket = await makeTicket(db, { clientId: client.id });
  return { client, contract, ticket };
}

async function balanceOf(contractId: string) {
  const sum = await db.retainerLedgerEntry.aggregate({ where: { contractId }, _sum: { units: true } });
  return sum._sum.units ?? 0;
}

const at = (iso: string) => new Date(iso);

describe('logTime', () => {
  it('draws rounded units from a retainer and records decision, ledger and audit', async () => {
    const tech = actorOf(await makeUser(db, { role: 'technician' }));
    const { contract, ticket } = await retainerClient(28);
    const logged = await logTime({
      actor: tech,
      input: { ticketId: ticket.id, startedAt: at('2026-03-02T09:00:00Z'), endedAt: at('2026-03-02T12:37:00Z'), mode: 'remote' },
    });
    expect(logged.minutes).toBe(217);
    expect(logged.decision.outcome).toBe('retainer');
    expect(logged.decision.retainerUnitsDrawn).toBe(15);
    expect(await balanceOf(contract.id)).toBe(13);
    const audit = await db.auditLog.findFirst({ where: { entityId: logged.entryId, action: 'time_entry.created' } });
    expect(audit).not.toBeNull();
  });

  it('refuses a customer and writes nothing', async () => {
    const { client, ticket } = await retainerClient(28);
    const customer = actorOf(await makeUser(db, { role: 'customer_admin', clientId: client.id }));
    const before = await db.timeEntry.count();
    await expect(
      logTime({ actor: customer, input: { ticketId: ticket.id, startedAt: at('2026-03-02T09:00:00Z'), endedAt: at('2026-03-02T10:00:00Z'), mode: 'remote' } }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(await db.timeEntry.count()).toBe(before);
  });

  it('rejects invalid input with field errors and writes nothing', async () => {
    const tech = actorOf(await makeUser(db, { role: 'technician' }));
    const { ticket } = await retainerClient(28);
    const before = await db.timeEntry.count();
    const error = await logTime({
      actor: tech,
      input: { ticketId: ticket.id, startedAt: at('2026-03-02T10:00:00Z'), endedAt: at('2026-03-02T09:00:00Z'), mode: 'remote' },
    }).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('invalid');
    expect(isAppError(error) && error.fieldErrors?.endedAt).toBeTruthy();
    expect(await db.timeEntry.count()).toBe(before);
  });

  it('refuses unapproved work on an unsupported asset, writing nothing', async () => {
    const tech = actorOf(await makeUser(db, { role: 'technician' }));
    const client = await makeClient(db);
    const tier = await makeTier(db, { calendarId: (await makeCalendar(db)).id });
    await makeContract(db, { clientId: client.id, kind: 'managed', tierId: tier.id });
    const mainframe = await makeAsset(db, { clientId: client.id, name: 'Mainframe', class: 'other', isSupported: false });
    const ticket = await makeTicket(db, { clientId: client.id, assetIds: [mainframe.id] });
    const before = await db.timeEntry.count();
    const error = await logTime({
      actor: tech,
      input: { ticketId: ticket.id, startedAt: at('2026-03-03T15:00:00Z'), endedAt: at('2026-03-03T15:30:00Z'), mode: 'remote' },
    }).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('refused');
    expect(isAppError(error) && error.message).toMatch(/Mainframe/);
    expect(await db.timeEntry.count()).toBe(before);
  });

  it('work that runs past the retainer notifies the client’s active customer admins once', async () => {
    const tech = actorOf(await makeUser(db, { role: 'technician' }));
    const { client, ticket } = await retainerClient(2);
    const admin = await makeUser(db, { role: 'customer_admin', clientId: client.id });
    const former = await makeUser(db, { role: 'customer_admin', clientId: client.id });
    await db.user.update({ where: { id: former.id }, data: { isActive: false } });
    const user = await makeUser(db, { role: 'customer_user', clientId: client.id });
    const logged = await logTime({
      actor: tech,
      input: { ticketId: ticket.id, startedAt: at('2026-03-02T09:00:00Z'), endedAt: at('2026-03-02T10:00:00Z'), mode: 'remote' },
    });
    expect(logged.decision.isRetainerExhausted).toBe(true);
    const notices = await db.notification.findMany({ where: { kind: 'retainer_exhausted', userId: { in: [admin.id, former.id, user.id] } } });
    expect(notices.map((notice) => [notice.userId, notice.dedupeKey])).toEqual([[admin.id, `retainer-exhausted:${logged.entryId}:${admin.id}`]]);
    expect(notices[0]).toMatchObject({ title: 'Your prepaid hours are used up', link: `/portal/tickets/${ticket.number}` });
  });

  it('never overdraws: 20 concurrent entries against 5 units left', async () => {
    const techs = await Promise.all(Array.from({ length: 4 }, () => makeUser(db, { role: 'technician' })));
    const { contract, ticket } = await retainerClient(5);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        logTime({
          actor: actorOf(techs[i % techs.length]),
          input: {
            ticketId: ticket.id,
            startedAt: new Date(Date.UTC(2026, 3, 1, 9, i)),
            endedAt: new Date(Date.UTC(2026, 3, 1, 9, i + 10)),
            mode: 'remote',
          },
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const drawn = await db.billingDecision.aggregate({
      where: { isCurrent: true, timeEntry: { contractId: contract.id } },
      _sum: { retainerUnits: true },
    });
    expect(drawn._sum.retainerUnits).toBe(5);
    expect(await balanceOf(contract.id)).toBe(0);
    const billable = await db.billingDecision.count({ where: { isCurrent: true, outcome: 'billable', timeEntry: { contractId: contract.id } } });
    expect(billable).toBe(15);
  });
});
