import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { getAccountOverview } from '@/lib/server/portal/get-account-overview.ts';
import { getEstate } from '@/lib/server/portal/get-estate.ts';
import { getSharedRunBookPage } from '@/lib/server/portal/get-shared-run-book-page.ts';
import { logTime } from '@/lib/server/time/log-time.ts';
import { actorOf, makeAsset, makeClient, makeContract, makeRetainerPurchase, makeTicket, makeUser } from '@/tests/factories/index.ts';
import { TUESDAY_NOON, twoCompanies } from './portal-world.ts';

const DAY = 86_400_000;

async function retainerCompany() {
  const client = await makeClient(db);
  const contract = await makeContract(db, { clientId: client.id, kind: 'retainer', overageRate: '135.00' });
  await makeRetainerPurchase(db, { contractId: contract.id, clientId: client.id, units: 28, effectiveAt: new Date(TUESDAY_NOON.getTime() - 50 * DAY) });
  const admin = actorOf(await makeUser(db, { role: 'customer_admin', clientId: client.id }));
  const user = actorOf(await makeUser(db, { role: 'customer_user', clientId: client.id }));
  const tech = actorOf(await makeUser(db, { role: 'technician' }));
  const ticket = await makeTicket(db, { clientId: client.id, requesterId: admin.userId });
  // 2 h on the 10th of November (New York morning): 8 units
  await logTime({ actor: tech, input: { ticketId: ticket.id, startedAt: new Date('2026-11-10T14:00:00Z'), endedAt: new Date('2026-11-10T16:00:00Z'), mode: 'remote', notes: 'private notes' } }, db);
  return { client, admin, user, ticket };
}

describe('the money page', () => {
  it('shows the balance, ledger, forecast and this month’s work with reasons (never technicians’ notes)', async () => {
    const { admin } = await retainerCompany();
    const account = await getAccountOverview({ actor: admin, now: TUESDAY_NOON });
    expect(account.month).toBe('2026-11');
    expect(account.retainer?.balanceUnits).toBe(20);
    expect(account.retainer?.series.at(-1)).toEqual({ at: TUESDAY_NOON.getTime(), balance: 20 });
    const [in30, in60] = account.retainer!.forecasts;
    expect(in30).toMatchObject({ windowDays: 30, status: 'runs_out', dailyBurnUnits: 8 / 30 });
    expect(in30.runOutAt!.getTime()).toBe(TUESDAY_NOON.getTime() + 75 * DAY);
    expect(in60.dailyBurnUnits).toBe(8 / 60);
    expect(account.entries).toHaveLength(1);
    expect(account.entries[0]).toMatchObject({ minutes: 120, notes: null, decision: { outcome: 'retainer', reason: expect.stringContaining('Drawn from your prepaid hours') } });
    expect(JSON.stringify(account)).not.toContain('private notes');
    expect(account.quota).toEqual({ includedSessions: 0, usedSessions: 0 });
  });

  it('is for customer admins only', async () => {
    const { user } = await retainerCompany();
    await expect(getAccountOverview({ actor: user })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('shows nothing of another company', async () => {
    const { admin } = await retainerCompany();
    const other = await retainerCompany();
    const account = await getAccountOverview({ actor: admin, now: TUESDAY_NOON });
    expect(account.entries.map((e) => e.ticket.number)).not.toContain(other.ticket.number);
    expect(account.retainer?.entries).toHaveLength(2);
  });
});

describe('the estate', () => {
  it('lists own assets with expiry highlighting, agreements for admins, and shared run-book pages only', async () => {
    const { a, b } = await twoCompanies();
    await makeAsset(db, { clientId: a.clientId, name: 'Firewall', class: 'firewall', warrantyExpiresOn: new Date(TUESDAY_NOON.getTime() + 30 * DAY) });
    await makeAsset(db, { clientId: b.clientId, name: 'B’s server', class: 'server' });
    const shared = await db.runBookPage.create({ data: { clientId: a.clientId, title: 'How to reach us', body: 'Call us', isSharedWithCustomer: true } });
    await db.runBookPage.create({ data: { clientId: a.clientId, title: 'Admin passwords', body: 'secret', isSharedWithCustomer: false } });

    const asAdmin = await getEstate({ actor: a.admin, now: TUESDAY_NOON });
    expect(asAdmin.assets.map((x) => x.name).sort()).toEqual(['Firewall', 'Front desk PC']);
    expect(asAdmin.assets.find((x) => x.name === 'Firewall')?.warrantyState).toBe('soon');
    expect(asAdmin.contracts).toHaveLength(1);
    expect(JSON.stringify(asAdmin.contracts)).not.toMatch(/Rate|monthlyFee/);
    expect(asAdmin.runBookPages.map((p) => p.title)).toEqual(['How to reach us']);

    const asUser = await getEstate({ actor: a.user, now: TUESDAY_NOON });
    expect(asUser.contracts).toBeNull();
    await expect(getSharedRunBookPage({ actor: a.user, pageId: shared.id })).resolves.toMatchObject({ title: 'How to reach us', body: 'Call us' });
  });

  it('an unshared page, or another company’s, is not found', async () => {
    const { a, b } = await twoCompanies();
    const unshared = await db.runBookPage.create({ data: { clientId: a.clientId, title: 'Internal', body: 'secret', isSharedWithCustomer: false } });
    const shared = await db.runBookPage.create({ data: { clientId: a.clientId, title: 'Guide', body: 'public', isSharedWithCustomer: true } });
    await expect(getSharedRunBookPage({ actor: a.admin, pageId: unshared.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(getSharedRunBookPage({ actor: b.admin, pageId: shared.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(getSharedRunBookPage({ actor: b.admin, pageId: 'nope' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
