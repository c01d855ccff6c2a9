import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { sqlTxOf } from '@/lib/db/sql-tx.ts';
import {
  availableUnits,
  createAllowanceState,
  drawUnits,
  type FixedDraw,
  type RetainerLot,
} from '@/lib/domain/billing/index.ts';
import { loadPeriodState } from '@/lib/server/billing/load-period-state.ts';
import { redecidePeriod } from '@/lib/server/billing/redecide-period.ts';
import { logTime } from '@/lib/server/time/log-time.ts';
import { actorOf, makeClient, makeContract, makeRetainerPurchase, makeTicket, makeUser } from '@/tests/factories/index.ts';

const at = (iso: string) => new Date(iso);

/** The plain reading of the ledger: every lot, and every draw one by one (the reference). */
async function lotsAndDrawsFromWholeLedger(contractId: string, windowEntryIds: Set<string>) {
  const rows = await db.retainerLedgerEntry.findMany({ where: { contractId }, orderBy: [{ effectiveAt: 'asc' }, { createdAt: 'asc' }] });
  const lots: RetainerLot[] = [];
  const draws: FixedDraw[] = [];
  const byEntry = new Map<string, FixedDraw>();
  for (const row of rows) {
    if (row.kind === 'expiry') continue;
    if (row.timeEntryId) {
      if (windowEntryIds.has(row.timeEntryId)) continue;
      const draw = byEntry.get(row.timeEntryId) ?? { at: row.effectiveAt, units: 0 };
      draw.units -= row.units;
      byEntry.set(row.timeEntryId, draw);
    } else if (row.units > 0) lots.push({ id: row.id, effectiveAt: row.effectiveAt, expiresAt: row.expiresAt, units: row.units });
    else if (row.units < 0) draws.push({ at: row.effectiveAt, units: -row.units });
  }
  for (const draw of byEntry.values()) if (draw.units > 0) draws.push(draw);
  return { lots, draws };
}

/** Units left at each instant once the history before `windowStart` is taken, in date order. */
function availableAfterHistory(lots: RetainerLot[], draws: FixedDraw[], windowStart: Date, instants: Date[]) {
  const state = createAllowanceState({ lots });
  const history = draws.filter((d) => d.at < windowStart).sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const draw of history) drawUnits(state, draw.at, draw.units);
  return instants.map((instant) => availableUnits(state, instant));
}

async function retainerWithHistory() {
  const tech = actorOf(await makeUser(db, { role: 'technician' }));
  const client = await makeClient(db, { timezone: 'Europe/London' });
  const contract = await makeContract(db, { clientId: client.id, kind: 'retainer', overageRate: '120.00' });
  const lot = (units: number, effectiveAt: string, expiresAt: string | null) =>
    db.retainerLedgerEntry.create({
      data: { contractId: contract.id, clientId: client.id, kind: 'purchase', units, effectiveAt: at(effectiveAt), expiresAt: expiresAt ? at(expiresAt) : null },
    });
  await lot(20, '2026-01-01T00:00:00Z', '2026-03-01T00:00:00Z');
  await lot(10, '2026-02-10T00:00:00Z', null);
  await lot(40, '2026-03-05T00:00:00Z', '2026-06-01T00:00:00Z');
  const ticket = await makeTicket(db, { clientId: client.id });
  const log = (start: string, minutes: number) =>
    logTime({ actor: tech, input: { ticketId: ticket.id, startedAt: at(start), endedAt: new Date(at(start).getTime() + minutes * 60_000), mode: 'remote' } });
  const days = ['01-05', '01-19', '02-02', '02-11', '02-16', '02-24', '03-02', '03-06', '03-09', '03-12', '03-16', '03-20'];
  for (const [index, day] of days.entries()) await log(`2026-${day}T10:00:00Z`, 45 + index * 20);
  // a standalone correction between the entries
  await db.retainerLedgerEntry.create({
    data: { contractId: contract.id, clientId: client.id, kind: 'adjustment', units: -3, effectiveAt: at('2026-02-20T12:00:00Z') },
  });
  return { client, contract, tech, log };
}

describe('retainer ledger read for re-deciding', () => {
  it('summed draws and a snapshot of the lots leave exactly the units the whole ledger leaves', async () => {
    const { client, contract } = await retainerWithHistory();
    const windowStart = at('2026-03-10T00:00:00Z');
    const input = { clientId: client.id, contractId: contract.id, windowStart, monthStart: at('2026-03-01T00:00:00Z') };
    const instants = ['2026-03-10T00:00:00Z', '2026-03-12T10:00:00Z', '2026-05-31T23:00:00Z', '2026-06-02T00:00:00Z'].map(at);

    const plain = await loadPeriodState(sqlTxOf(db), { ...input, snapshotAt: at('2026-03-03T00:00:00Z') });
    expect(plain.snapshotAsOf).toBeNull();
    const windowIds = new Set(plain.entries.map((entry) => entry.id));
    expect(windowIds.size).toBe(3);
    const reference = await lotsAndDrawsFromWholeLedger(contract.id, windowIds);
    const expected = availableAfterHistory(reference.lots, reference.draws, windowStart, instants);
    expect(plain.fixedDraws.length).toBeLessThan(reference.draws.length);
    expect(availableAfterHistory(plain.lots, plain.fixedDraws, windowStart, instants)).toEqual(expected);

    // re-deciding with a snapshot taken on 3 March: same decisions, nothing written again
    const before = await redecidePeriod(sqlTxOf(db), { ...input, from: windowStart, onlyFrom: windowStart, actor: null, cause: 'test' });
    const withSnapshot = await redecidePeriod(sqlTxOf(db), { ...input, from: windowStart, onlyFrom: windowStart, actor: null, cause: 'test', snapshotAfterRows: 0 });
    const snapshot = await db.retainerSnapshot.findUnique({ where: { contractId: contract.id } });
    expect(snapshot?.asOf).toEqual(at('2026-03-03T00:00:00Z'));
    expect(withSnapshot.changedEntryIds).toEqual([]);
    expect([...withSnapshot.decisions]).toEqual([...before.decisions]);

    const fromSnapshot = await loadPeriodState(sqlTxOf(db), { ...input, snapshotAt: at('2026-03-03T00:00:00Z') });
    expect(fromSnapshot.snapshotAsOf).toEqual(at('2026-03-03T00:00:00Z'));
    expect(fromSnapshot.ledgerRowsRead).toBeLessThan(plain.ledgerRowsRead);
    expect(availableAfterHistory(fromSnapshot.lots, fromSnapshot.fixedDraws, windowStart, instants)).toEqual(expected);
  });

  it('a ledger row dated before the snapshot deletes it; one dated after keeps it', async () => {
    const { client, contract } = await retainerWithHistory();
    const windowStart = at('2026-03-10T00:00:00Z');
    await redecidePeriod(sqlTxOf(db), {
      clientId: client.id, contractId: contract.id, from: windowStart, onlyFrom: windowStart, actor: null, cause: 'test', snapshotAfterRows: 0,
    });
    const asOf = new Date(windowStart.getTime() - 7 * 86_400_000);
    expect((await db.retainerSnapshot.findUnique({ where: { contractId: contract.id } }))?.asOf).toEqual(asOf);

    await makeRetainerPurchase(db, { contractId: contract.id, clientId: client.id, units: 5, effectiveAt: at('2026-03-15T00:00:00Z') });
    expect(await db.retainerSnapshot.count({ where: { contractId: contract.id } })).toBe(1);
    await makeRetainerPurchase(db, { contractId: contract.id, clientId: client.id, units: 5, effectiveAt: at('2026-02-01T00:00:00Z') });
    expect(await db.retainerSnapshot.count({ where: { contractId: contract.id } })).toBe(0);
  });

  it('back-dated work before a snapshot is decided from the whole ledger and leaves the balance right', async () => {
    const { client, contract, log } = await retainerWithHistory();
    const windowStart = at('2026-03-20T00:00:00Z');
    await redecidePeriod(sqlTxOf(db), {
      clientId: client.id, contractId: contract.id, from: windowStart, onlyFrom: windowStart, actor: null, cause: 'test', snapshotAfterRows: 0,
    });
    expect(await db.retainerSnapshot.count({ where: { contractId: contract.id } })).toBe(1);
    const logged = await log('2026-03-07T10:00:00Z', 60);
    expect(logged.decision.outcome).toBe('retainer');
    // its draw is dated before the snapshot, which is gone; the ledger still sums to what is left
    expect(await db.retainerSnapshot.count({ where: { contractId: contract.id } })).toBe(0);
    const state = await loadPeriodState(sqlTxOf(db), {
      clientId: client.id, contractId: contract.id, windowStart: at('2026-07-01T00:00:00Z'), monthStart: at('2026-07-01T00:00:00Z'), snapshotAt: at('2026-06-24T00:00:00Z'),
    });
    const reference = await lotsAndDrawsFromWholeLedger(contract.id, new Set());
    const instants = [at('2026-04-01T00:00:00Z')];
    expect(availableAfterHistory(state.lots, state.fixedDraws, at('2026-07-01T00:00:00Z'), instants)).toEqual(
      availableAfterHistory(reference.lots, reference.draws, at('2026-07-01T00:00:00Z'), instants),
    );
  });
});
