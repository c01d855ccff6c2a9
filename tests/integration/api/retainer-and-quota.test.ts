import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { logTime } from '@/lib/server/time/log-time.ts';
import { getRetainer } from '@/lib/server/retainer/get-retainer.ts';
import { getQuotaUsage } from '@/lib/server/billing/get-quota-usage.ts';
import { localDateKey, localInstant } from '@/lib/domain/calendar/index.ts';
import { isAppError } from '@/lib/errors/app-error.ts';
import { POST as purchase } from '@/app/api/v1/clients/[id]/retainer/purchases/route.ts';
import { GET as retainer } from '@/app/api/v1/clients/[id]/retainer/route.ts';
import { GET as quota } from '@/app/api/v1/clients/[id]/quota/route.ts';
import { POST as logTimeRoute } from '@/app/api/v1/tickets/[id]/time-entries/route.ts';
import { actorOf, makeCalendar, makeClient, makeContract, makeTicket, makeTier, makeUser } from '@/tests/factories/index.ts';
import { call, staffToken } from './api-client.ts';

const TZ = 'America/New_York';

describe('retainer purchases', () => {
  it('a purchase effective yesterday serves back-dated work: overage becomes retainer', async () => {
    const manager = await staffToken('account_manager');
    const tech = await staffToken('technician');
    const client = await makeClient(db, { timezone: TZ });
    const contract = await makeContract(db, { clientId: client.id, kind: 'retainer', overageRate: '120.00' });
    const ticket = await makeTicket(db, { clientId: client.id });
    const yesterday = localDateKey(TZ, new Date(Date.now() - 24 * 3_600_000));

    const logged = await call(logTimeRoute, 'POST', `/tickets/${ticket.id}/time-entries`, {
      token: tech.token,
      params: { id: ticket.id },
      body: { startedAt: localInstant(TZ, yesterday, '10:00').toISOString(), endedAt: localInstant(TZ, yesterday, '11:00').toISOString(), mode: 'remote' },
    });
    expect(logged.status).toBe(201);
    expect(logged.body.decision.parts).toEqual([{ outcome: 'billable', minutes: 60, units: 4, rate: '120.00', amount: '120.00' }]);
    const overage = await db.billingDecision.findFirstOrThrow({ where: { timeEntryId: logged.body.id, isCurrent: true } });

    // units bought now do not serve yesterday's work
    const today = await call(purchase, 'POST', `/clients/${client.id}/retainer/purchases`, { token: manager.token, params: { id: client.id }, body: { units: 2 } });
    expect(today.status).toBe(201);
    expect(today.body).toEqual({ id: expect.any(String), balanceUnits: 2 });
    expect((await db.billingDecision.findFirstOrThrow({ where: { timeEntryId: logged.body.id, isCurrent: true } })).id).toBe(overage.id);

    const dated = await call(purchase, 'POST', `/clients/${client.id}/retainer/purchases`, {
      token: manager.token,
      params: { id: client.id },
      body: { units: 10, at: yesterday, note: 'Top-up agreed by phone' },
    });
    expect(dated.status).toBe(201);
    expect(dated.body).toEqual({ id: expect.any(String), balanceUnits: 8 });
    const row = await db.retainerLedgerEntry.findUniqueOrThrow({ where: { id: dated.body.id } });
    expect(row).toMatchObject({ kind: 'purchase', units: 10, contractId: contract.id, createdById: manager.user.id, note: 'Top-up agreed by phone' });
    expect(row.effectiveAt).toEqual(localInstant(TZ, yesterday, '00:00'));

    const decision = await db.billingDecision.findFirstOrThrow({ where: { timeEntryId: logged.body.id, isCurrent: true } });
    expect(decision).toMatchObject({ outcome: 'retainer', retainerUnits: 4 });
    expect((await db.billingDecision.findUniqueOrThrow({ where: { id: overage.id } })).isCurrent).toBe(false);
    expect(await db.auditLog.count({ where: { entityId: dated.body.id, action: 'retainer.purchase_recorded' } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: logged.body.id, action: 'billing_decision.redecided' } })).toBe(1);

    const view = await call(retainer, 'GET', `/clients/${client.id}/retainer`, { token: tech.token, params: { id: client.id } });
    expect(view.status).toBe(200);
    expect(view.body.balanceUnits).toBe(8);
    expect(view.body.entries).toEqual([
      { at: localInstant(TZ, yesterday, '00:00').toISOString(), units: 10, kind: 'purchase', timeEntryId: null },
      { at: localInstant(TZ, yesterday, '10:00').toISOString(), units: -4, kind: 'draw', timeEntryId: logged.body.id },
      { at: expect.any(String), units: 2, kind: 'purchase', timeEntryId: null },
    ]);
  });

  it('refuses bad units and clients without an active retainer, writing nothing', async () => {
    const manager = await staffToken('admin');
    const client = await makeClient(db, { timezone: TZ });
    const before = await db.retainerLedgerEntry.count();
    const noRetainer = await call(purchase, 'POST', `/clients/${client.id}/retainer/purchases`, { token: manager.token, params: { id: client.id }, body: { units: 4 } });
    expect(noRetainer.status).toBe(409);
    await makeContract(db, { clientId: client.id, kind: 'retainer' });
    const fractional = await call(purchase, 'POST', `/clients/${client.id}/retainer/purchases`, { token: manager.token, params: { id: client.id }, body: { units: 1.5 } });
    expect(fractional.status).toBe(400);
    expect(fractional.body.fieldErrors.units).toBeTruthy();
    const zero = await call(purchase, 'POST', `/clients/${client.id}/retainer/purchases`, { token: manager.token, params: { id: client.id }, body: { units: 0, at: 'last week' } });
    expect(Object.keys(zero.body.fieldErrors).sort()).toEqual(['at', 'units']);
    expect(await db.retainerLedgerEntry.count()).toBe(before);
  });

  it('customer admins see only their own company\'s retainer', async () => {
    const client = await makeClient(db, { timezone: TZ });
    const other = await makeClient(db, { timezone: TZ });
    const admin = actorOf(await makeUser(db, { role: 'customer_admin', clientId: client.id }));
    expect((await getRetainer({ actor: admin, clientId: client.id })).balanceUnits).toBe(0);
    const error = await getRetainer({ actor: admin, clientId: other.id }).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('not_found');
  });
});

describe('GET /api/v1/clients/{id}/quota', () => {
  it('counts Silver help-desk sessions in the client\'s local month', async () => {
    const { token, actor } = await staffToken();
    const zone = 'Pacific/Auckland';
    const silver = await makeTier(db, { calendarId: (await makeCalendar(db)).id, helpdeskSessionsPerMonth: 2, helpdeskSessionMinutes: 15 });
    const client = await makeClient(db, { timezone: zone });
    await makeContract(db, { clientId: client.id, kind: 'managed', tierId: silver.id });
    const ticket = await makeTicket(db, { clientId: client.id, type: 'incident' });
    const session = async (date: string, time: string) => {
      const startedAt = localInstant(zone, date, time);
      const logged = await logTime({ actor, input: { ticketId: ticket.id, startedAt, endedAt: new Date(startedAt.getTime() + 15 * 60_000), mode: 'remote' } });
      expect(logged.decision.quotaSessionsUsed).toBe(1);
      return startedAt;
    };
    await session('2026-03-31', '10:00');
    // 1 April 09:00 in Auckland is still 31 March in UTC: it belongs to the client's April
    const aprilFirst = await session('2026-04-01', '09:00');
    expect(aprilFirst.toISOString().slice(0, 7)).toBe('2026-03');
    await session('2026-04-02', '09:00');

    const ask = (month: string) => call(quota, 'GET', `/clients/${client.id}/quota`, { token, params: { id: client.id }, query: { month } });
    expect((await ask('2026-03')).body).toEqual({ includedSessions: 2, usedSessions: 1 });
    expect((await ask('2026-04')).body).toEqual({ includedSessions: 2, usedSessions: 2 });
    expect((await ask('2026-05')).body).toEqual({ includedSessions: 2, usedSessions: 0 });
    const bad = await ask('2026-13');
    expect(bad.status).toBe(400);
    expect(bad.body.fieldErrors.month).toBeTruthy();

    const customer = actorOf(await makeUser(db, { role: 'customer_admin', clientId: client.id }));
    expect(await getQuotaUsage({ actor: customer, input: { clientId: client.id, month: '2026-04' } })).toEqual({ includedSessions: 2, usedSessions: 2 });
  });
});
