import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { listContractTemplates } from '@/lib/server/contracts/contract-templates.ts';
import { createContract } from '@/lib/server/contracts/create-contract.ts';
import { amendContract } from '@/lib/server/contracts/amend-contract.ts';
import { renewContract } from '@/lib/server/contracts/renew-contract.ts';
import { terminateContract } from '@/lib/server/contracts/terminate-contract.ts';
import { listContracts } from '@/lib/server/contracts/list-contracts.ts';
import { recordRetainerPurchase } from '@/lib/server/retainer/record-retainer-purchase.ts';
import { logTime } from '@/lib/server/time/log-time.ts';
import { makeAsset, makeCalendar, makeClient, makeContract, makeTicket, makeTier } from '@/tests/factories/index.ts';
import { people } from './tier-fixtures.ts';

const NOW = new Date('2026-03-10T12:00:00Z');

async function managedSetup() {
  const tier = await makeTier(db, { calendarId: (await makeCalendar(db)).id });
  const client = await makeClient(db, { timezone: 'UTC' });
  const asset = await makeAsset(db, { clientId: client.id, class: 'server' });
  return { tier, client, asset };
}

const stateOf = async (id: string) => {
  const c = await db.contract.findUniqueOrThrow({ where: { id }, select: { status: true, endsOn: true, terminatedOn: true, version: true, isAutoRenew: true } });
  return { ...c, audits: await db.auditLog.count({ where: { entityId: id } }) };
};

describe('contracts', () => {
  it('an account manager creates a contract from a template for a client', async () => {
    const { manager } = await people();
    const { tier, client, asset } = await managedSetup();
    const templates = await listContractTemplates({ actor: manager });
    expect(templates.map((t) => t.name)).toEqual(expect.arrayContaining(['Managed – Silver', 'Managed – Gold', 'Managed – Platinum', 'Retainer – 1 day block', 'Time & materials']));
    const gold = templates.find((t) => t.name === 'Managed – Gold')!;
    const created = await createContract({
      actor: manager,
      input: { clientId: client.id, templateId: gold.id, kind: 'managed', name: 'Gold managed support', tierId: tier.id, startsOn: '2026-03-10', endsOn: '2027-03-09', isAutoRenew: true, noticePeriodDays: 60, monthlyFee: '2500', assetIds: [asset.id] },
      now: NOW,
    });
    const row = await db.contract.findUniqueOrThrow({ where: { id: created.id }, include: { coveredAssets: true } });
    expect(row).toMatchObject({ templateId: gold.id, status: 'active', version: 1, noticePeriodDays: 60 });
    expect(row.monthlyFee?.toFixed(2)).toBe('2500.00');
    expect(row.coveredAssets.map((a) => a.assetId)).toEqual([asset.id]);
    expect(await db.auditLog.count({ where: { entityId: created.id, action: 'contract.created', actorId: manager.userId } })).toBe(1);

    // a second managed contract over the same term is refused
    await expect(createContract({ actor: manager, input: { clientId: client.id, kind: 'managed', name: 'Twice', tierId: tier.id, startsOn: '2026-06-01', monthlyFee: '1' } })).rejects.toMatchObject({ code: 'conflict' });
    const listed = await listContracts({ actor: manager, input: { clientId: client.id, endingWithinDays: '400' }, now: NOW });
    expect(listed.items.map((c) => c.id)).toEqual([created.id]);
  });

  it('refuses a termination inside the notice period and changes nothing', async () => {
    const { manager, admin } = await people();
    const { tier, client } = await managedSetup();
    const contract = await makeContract(db, { clientId: client.id, kind: 'managed', tierId: tier.id, endsOn: new Date('2027-01-31'), monthlyFee: '900.00' });
    await db.contract.update({ where: { id: contract.id }, data: { noticePeriodDays: 30 } });
    const before = await stateOf(contract.id);
    const error = await terminateContract({ actor: manager, input: { contractId: contract.id, terminatedOn: '2026-03-20', reason: 'Client is moving on' }, now: NOW }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'refused', message: expect.stringContaining('earliest termination date is 2026-04-09'), fieldErrors: { terminatedOn: [expect.any(String)] } });
    expect(await stateOf(contract.id)).toEqual(before);
    // an account manager cannot override; an admin can, with a reason
    await expect(terminateContract({ actor: manager, input: { contractId: contract.id, terminatedOn: '2026-03-20', reason: 'Moving on', overrideNotice: true, overrideReason: 'Agreed with the client' }, now: NOW })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await stateOf(contract.id)).toEqual(before);
    const done = await terminateContract({ actor: admin, input: { contractId: contract.id, terminatedOn: '2026-03-10', reason: 'Moving on', overrideNotice: true, overrideReason: 'Agreed with the client' }, now: NOW });
    expect(done.status).toBe('terminated');
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: contract.id, action: 'contract.terminated' } });
    expect(audit.after).toMatchObject({ noticeOverridden: true, overrideReason: 'Agreed with the client', status: 'terminated' });
  });

  it('a termination after the notice period keeps the contract governing until that date', async () => {
    const { manager } = await people();
    const { tier, client } = await managedSetup();
    const contract = await makeContract(db, { clientId: client.id, kind: 'managed', tierId: tier.id, endsOn: new Date('2027-01-31'), monthlyFee: '900.00' });
    const result = await terminateContract({ actor: manager, input: { contractId: contract.id, terminatedOn: '2026-05-31', reason: 'Budget' }, now: NOW });
    expect(result.status).toBe('active');
    expect(await stateOf(contract.id)).toMatchObject({ status: 'active', endsOn: new Date('2026-05-31'), terminatedOn: new Date('2026-05-31'), isAutoRenew: false, version: 2 });
  });

  it('an amendment bumps the version and audits before and after; a stale one is refused', async () => {
    const { manager } = await people();
    const { tier, client } = await managedSetup();
    const contract = await makeContract(db, { clientId: client.id, kind: 'managed', tierId: tier.id, monthlyFee: '900.00' });
    const result = await amendContract({ actor: manager, input: { contractId: contract.id, version: 1, monthlyFee: '1100.00', noticePeriodDays: 45 }, now: NOW });
    expect(result).toMatchObject({ version: 2, changed: expect.arrayContaining(['monthlyFee', 'noticePeriodDays']) });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: contract.id, action: 'contract.amended' } });
    expect(audit.actorId).toBe(manager.userId);
    expect(audit.before).toMatchObject({ monthlyFee: '900', version: 1, noticePeriodDays: 30 });
    expect(audit.after).toMatchObject({ monthlyFee: '1100', version: 2, noticePeriodDays: 45 });
    await expect(amendContract({ actor: manager, input: { contractId: contract.id, version: 1, monthlyFee: '5.00' } })).rejects.toMatchObject({ code: 'conflict' });
    expect((await db.contract.findUniqueOrThrow({ where: { id: contract.id } })).monthlyFee?.toFixed(2)).toBe('1100.00');
  });

  it('a renewal starts the day after the old term ends and runs as long', async () => {
    const { manager } = await people();
    const { tier, client, asset } = await managedSetup();
    const contract = await makeContract(db, { clientId: client.id, kind: 'managed', tierId: tier.id, startsOn: new Date('2025-04-01'), endsOn: new Date('2026-03-31'), monthlyFee: '900.00' });
    await db.contractAsset.create({ data: { contractId: contract.id, assetId: asset.id } });
    const renewal = await renewContract({ actor: manager, input: { contractId: contract.id }, now: NOW });
    expect(renewal).toMatchObject({ startsOn: '2026-04-01', endsOn: '2027-03-31' });
    const row = await db.contract.findUniqueOrThrow({ where: { id: renewal.id }, include: { coveredAssets: true } });
    expect(row.tierId).toBe(tier.id);
    expect(row.coveredAssets).toHaveLength(1);
    await expect(renewContract({ actor: manager, input: { contractId: contract.id } })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('sells a retainer block with an expiry and a top-up, and an overage-rate change re-prices this month’s overage', async () => {
    const { manager, tech } = await people();
    const client = await makeClient(db, { timezone: 'UTC' });
    const contract = await makeContract(db, { clientId: client.id, kind: 'retainer', overageRate: '120.00', lowBalanceUnits: 8 });
    await recordRetainerPurchase({ actor: manager, input: { clientId: client.id, contractId: contract.id, units: 4, at: '2026-03-01', expiresAt: '2026-03-31' } });
    await recordRetainerPurchase({ actor: manager, input: { clientId: client.id, contractId: contract.id, units: 2, at: '2026-03-01', kind: 'top_up' } });
    const ledger = await db.retainerLedgerEntry.findMany({ where: { contractId: contract.id }, orderBy: { units: 'desc' }, select: { kind: true, units: true, expiresAt: true } });
    expect(ledger).toEqual([
      { kind: 'purchase', units: 4, expiresAt: new Date('2026-04-01T00:00:00Z') },
      { kind: 'top_up', units: 2, expiresAt: null },
    ]);

    const ticket = await makeTicket(db, { clientId: client.id });
    const logged = await logTime({ actor: tech, input: { ticketId: ticket.id, startedAt: new Date('2026-03-09T09:00:00Z'), endedAt: new Date('2026-03-09T11:00:00Z'), mode: 'remote' } });
    expect(logged.decision).toMatchObject({ retainerUnitsDrawn: 6, billableAmount: '60.00' });
    const amended = await amendContract({ actor: manager, input: { contractId: contract.id, version: 1, overageRate: '150.00' }, now: NOW });
    expect(amended.redecidedEntries).toBe(1);
    const current = await db.billingDecision.findFirstOrThrow({ where: { timeEntryId: logged.entryId, isCurrent: true } });
    expect(current.billableAmount.toFixed(2)).toBe('75.00');
    expect(current.contractVersion).toBe(2);
  });
});
