import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { previewCoverage } from '@/lib/server/portal/preview-coverage.ts';
import { logTime } from '@/lib/server/time/log-time.ts';
import { actorOf, makeAsset, makeClient, makeContract, makeRetainerPurchase, makeUser } from '@/tests/factories/index.ts';
import { goldTier, makeCompany, TUESDAY_NOON, twoCompanies } from './portal-world.ts';

const preview = (actor: Parameters<typeof previewCoverage>[0]['actor'], kind: 'broken' | 'new' | 'question', extra: { assetId?: string; now?: Date } = {}) =>
  previewCoverage({ actor, input: { kind, assetId: extra.assetId }, now: extra.now ?? TUESDAY_NOON });

describe('coverage preview before submitting', () => {
  it('Gold: an incident is covered; new scope is billable with approval; a question is a covered minor request', async () => {
    const { tier, a } = await twoCompanies();
    const tierName = (await db.serviceTier.findUniqueOrThrow({ where: { id: tier.id } })).name;
    await expect(preview(a.user, 'broken')).resolves.toMatchObject({ tone: 'covered', headline: `Covered by your ${tierName} agreement` });
    const scope = await preview(a.user, 'new');
    expect(scope).toMatchObject({ tone: 'approval', headline: 'Billable — new scope needs your approval' });
    expect(scope.details[0]).toBe(`A minor request that takes up to 30 min is covered by your ${tierName} agreement.`);
    await expect(preview(a.user, 'question')).resolves.toMatchObject({ tone: 'covered', details: ['Quick questions count as minor requests (up to 30 min).'] });
  });

  it('outside support hours it says when the clock runs, and that earlier work is after-hours', async () => {
    const { a } = await twoCompanies();
    const saturday = new Date('2026-11-21T15:00:00Z');
    const result = await preview(a.user, 'broken', { now: saturday });
    expect(result.tone).toBe('covered');
    expect(result.details.at(-1)).toContain('It is outside your support hours (Mon–Fri 08:00–18:00 (America/New_York)) right now');
  });

  it('Silver: counts the month’s help-desk sessions left, then says they are used up', async () => {
    const tier = await goldTier({ helpdeskSessionsPerMonth: 2, helpdeskSessionMinutes: 15 });
    const company = await makeCompany(tier.id);
    const tech = actorOf(await makeUser(db, { role: 'technician' }));
    await expect(preview(company.user, 'broken')).resolves.toMatchObject({ headline: 'Covered: 2 of 2 included help-desk sessions left this month' });
    const session = (day: string) => logTime({ actor: tech, input: { ticketId: company.ticketId, startedAt: new Date(`${day}T15:00:00Z`), endedAt: new Date(`${day}T15:10:00Z`), mode: 'remote' }, now: TUESDAY_NOON });
    await session('2026-11-02');
    const one = await preview(company.user, 'broken');
    expect(one).toMatchObject({ tone: 'covered', headline: 'Covered: 1 of 2 included help-desk sessions left this month' });
    expect(one.details[0]).toBe('Each session covers up to 15 min; longer work is billable at the standard rate.');
    await session('2026-11-03');
    await expect(preview(company.user, 'broken')).resolves.toMatchObject({ tone: 'billable', headline: "Billable — this month's 2 included help-desk sessions are used up" });
  });

  it('retainer: drawn from prepaid hours with what is left; an unsupported asset needs approval', async () => {
    const client = await makeClient(db);
    const contract = await makeContract(db, { clientId: client.id, kind: 'retainer', overageRate: '135.00' });
    await makeRetainerPurchase(db, { contractId: contract.id, clientId: client.id, units: 49 });
    const admin = actorOf(await makeUser(db, { role: 'customer_admin', clientId: client.id }));
    await expect(preview(admin, 'broken')).resolves.toMatchObject({ tone: 'retainer', headline: 'Drawn from your prepaid hours (12 h 15 min left)' });
    const mainframe = await makeAsset(db, { clientId: client.id, isSupported: false, name: 'Mainframe' });
    await expect(preview(admin, 'broken', { assetId: mainframe.id })).resolves.toMatchObject({ tone: 'approval', headline: 'Needs your approval — that asset is not supported by your agreement' });
  });

  it('without an agreement the work is billable', async () => {
    const client = await makeClient(db);
    const user = actorOf(await makeUser(db, { role: 'customer_user', clientId: client.id }));
    await expect(preview(user, 'broken')).resolves.toMatchObject({ tone: 'billable', headline: 'Billable — you have no active support agreement' });
  });

  it('another company’s asset is not found; staff cannot ask', async () => {
    const { a, b, tech } = await twoCompanies();
    await expect(preview(b.user, 'broken', { assetId: a.assetId })).rejects.toMatchObject({ code: 'not_found' });
    await expect(preview(tech, 'broken')).rejects.toMatchObject({ code: 'forbidden' });
    await expect(previewCoverage({ actor: a.user, input: { kind: 'nonsense' as 'broken' } })).rejects.toMatchObject({ code: 'invalid' });
  });
});
