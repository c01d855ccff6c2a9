import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { createTier } from '@/lib/server/tiers/create-tier.ts';
import { updateTier } from '@/lib/server/tiers/update-tier.ts';
import { retireTier } from '@/lib/server/tiers/retire-tier.ts';
import { previewDecision } from '@/lib/server/tiers/preview-decision.ts';
import { createCalendar } from '@/lib/server/calendars/create-calendar.ts';
import { createContract } from '@/lib/server/contracts/create-contract.ts';
import { amendContract } from '@/lib/server/contracts/amend-contract.ts';
import { terminateContract } from '@/lib/server/contracts/terminate-contract.ts';
import { renewContract } from '@/lib/server/contracts/renew-contract.ts';
import { recordRetainerPurchase } from '@/lib/server/retainer/record-retainer-purchase.ts';
import { makeCalendar, makeClient, makeContract, makeTier } from '@/tests/factories/index.ts';
import { goldTerms, people } from './tier-fixtures.ts';

async function snapshot() {
  const [tiers, versions, calendars, contracts, ledger, audits, settings] = await Promise.all([
    db.serviceTier.findMany({ select: { id: true, name: true, isRetired: true }, orderBy: { id: 'asc' } }),
    db.tierVersion.count(),
    db.businessCalendar.count(),
    db.contract.findMany({ select: { id: true, version: true, status: true, monthlyFee: true, endsOn: true }, orderBy: { id: 'asc' } }),
    db.retainerLedgerEntry.count(),
    db.auditLog.count(),
    db.appSetting.count(),
  ]);
  return JSON.stringify({ tiers, versions, calendars, contracts, ledger, audits, settings });
}

describe('who may change tiers, calendars and contracts', () => {
  it('customers and technicians are forbidden, and nothing changes', async () => {
    const { tech, customer } = await people();
    const calendar = await makeCalendar(db);
    const tier = await makeTier(db, { calendarId: calendar.id });
    const client = await makeClient(db);
    const contract = await makeContract(db, { clientId: client.id, kind: 'retainer', endsOn: new Date('2027-12-31') });
    const terms = goldTerms(calendar.id);
    const scenario = { ticketType: 'incident', mode: 'remote', weekday: 6, time: '21:00', durationMinutes: 60 } as const;
    const attempts = (actor: Actor) => [
      createTier({ actor, input: { name: `Nope ${tier.id}`, terms } }),
      updateTier({ actor, input: { tierId: tier.id, name: tier.name, description: null, terms } }),
      retireTier({ actor, input: { tierId: tier.id, isRetired: true } }),
      previewDecision({ actor, input: { terms, scenario } }),
      createCalendar({ actor, input: { name: `Nope ${tier.id}`, hours: { mon: '08:00-17:00' } } }),
      createContract({ actor, input: { clientId: client.id, kind: 'time_and_materials', name: 'Nope', startsOn: '2030-01-01' } }),
      amendContract({ actor, input: { contractId: contract.id, version: 1, name: 'Nope' } }),
      terminateContract({ actor, input: { contractId: contract.id, terminatedOn: '2027-06-30', reason: 'Nope' } }),
      renewContract({ actor, input: { contractId: contract.id } }),
      recordRetainerPurchase({ actor, input: { clientId: client.id, contractId: contract.id, units: 28, kind: 'top_up' } }),
    ];
    const before = await snapshot();
    for (const actor of [customer, tech]) {
      const results = await Promise.allSettled(attempts(actor));
      expect(results.map((r) => (r.status === 'rejected' ? (r.reason as { code?: string }).code : 'fulfilled'))).toEqual(Array(results.length).fill('forbidden'));
    }
    expect(await snapshot()).toBe(before);
  });
});
