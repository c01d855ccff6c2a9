import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import type { Prisma } from '@/lib/db/generated/client.ts';
import { logTime } from '@/lib/server/time/log-time.ts';
import { updateTicket } from '@/lib/server/tickets/update-ticket.ts';
import { localInstant } from '@/lib/domain/calendar/index.ts';
import { isAppError } from '@/lib/errors/app-error.ts';
import { PATCH } from '@/app/api/v1/tickets/[id]/route.ts';
import { actorOf, makeAsset, makeCalendar, makeClient, makeContract, makeRetainerPurchase, makeTicket, makeTier, makeUser } from '@/tests/factories/index.ts';
import { call, staffToken } from './api-client.ts';

const ny = (date: string, time: string) => localInstant('America/New_York', date, time);

async function managedTicket() {
  const tier = await makeTier(db, { calendarId: (await makeCalendar(db)).id, minorRequestAllowanceMinutes: 30 });
  const client = await makeClient(db, { timezone: 'America/New_York' });
  const contract = await makeContract(db, { clientId: client.id, kind: 'managed', tierId: tier.id });
  const ticket = await makeTicket(db, { clientId: client.id, type: 'incident' });
  await db.ticket.update({ where: { id: ticket.id }, data: { contractId: contract.id } });
  return { client, contract, ticket };
}

const currentDecision = (timeEntryId: string) =>
  db.billingDecision.findFirstOrThrow({ where: { timeEntryId, isCurrent: true }, select: { id: true, outcome: true, rule: true, retainerUnits: true, needsApproval: true } });

describe('PATCH /api/v1/tickets/{id}', () => {
  it('re-decides un-invoiced time when the type changes from incident to service request', async () => {
    const { token, actor } = await staffToken();
    const { client, ticket } = await managedTicket();
    const logged = await logTime({ actor, input: { ticketId: ticket.id, startedAt: ny('2026-03-03', '10:00'), endedAt: ny('2026-03-03', '10:45'), mode: 'remote' } });
    expect(logged.decision.outcome).toBe('covered');
    const before = await currentDecision(logged.entryId);

    const response = await call(PATCH, 'PATCH', `/tickets/${ticket.id}`, { token, params: { id: ticket.id }, body: { type: 'service_request', priority: 'P2' } });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: ticket.id, number: ticket.number, type: 'service_request', priority: 'P2', status: 'new', phase: null });
    expect(response.body.redecidedEntryIds).toEqual([logged.entryId]);

    // 45 minutes go past the 30-minute minor-request allowance: new scope needs approval
    const after = await currentDecision(logged.entryId);
    expect(after).toMatchObject({ outcome: 'refused', rule: 'service_request', needsApproval: true });
    const superseded = await db.billingDecision.findUniqueOrThrow({ where: { id: before.id } });
    expect(superseded.isCurrent).toBe(false);
    expect(superseded.supersededAt).not.toBeNull();
    const redecided = await db.auditLog.findFirstOrThrow({ where: { entityId: logged.entryId, action: 'billing_decision.redecided' } });
    expect(redecided.after).toMatchObject({ outcome: 'refused', cause: 'ticket_changed' });
    const changed = await db.auditLog.findFirstOrThrow({ where: { entityId: ticket.id, action: 'ticket.updated' } });
    expect(changed).toMatchObject({ clientId: client.id, before: { type: 'incident', priority: 'P3' }, after: { type: 'service_request', priority: 'P2' } });
    const events = await db.ticketEvent.findMany({ where: { ticketId: ticket.id }, select: { kind: true } });
    expect(events.map((e) => e.kind).sort()).toEqual(['priority_changed', 'type_changed']);
  });

  it('reverses a retainer draw when the change means the work is no longer drawn', async () => {
    const { token, actor } = await staffToken();
    const client = await makeClient(db, { timezone: 'Europe/London' });
    const contract = await makeContract(db, { clientId: client.id, kind: 'retainer', standardRate: '120.00' });
    // this retainer bills new scope instead of drawing prepaid hours for it
    const rules = [
      { id: 'internal', kind: 'internal_work', isEnabled: true },
      { id: 'new-scope', kind: 'match', isEnabled: true, match: { when: { ticketTypes: ['service_request'] }, then: { outcome: 'billable', rate: 'standard', needsApproval: false }, reason: 'Billable: new scope is not drawn from the retainer.' } },
      { id: 'retainer', kind: 'retainer', isEnabled: true },
      { id: 'fallback', kind: 'fallback', isEnabled: true },
    ];
    await db.contract.update({ where: { id: contract.id }, data: { rules: rules as Prisma.InputJsonValue } });
    await makeRetainerPurchase(db, { contractId: contract.id, clientId: client.id, units: 28 });
    const ticket = await makeTicket(db, { clientId: client.id, type: 'incident' });
    const logged = await logTime({ actor, input: { ticketId: ticket.id, startedAt: new Date('2026-03-03T10:00:00Z'), endedAt: new Date('2026-03-03T11:00:00Z'), mode: 'remote' } });
    expect(logged.decision).toMatchObject({ outcome: 'retainer', retainerUnitsDrawn: 4 });
    const draw = await db.retainerLedgerEntry.findFirstOrThrow({ where: { timeEntryId: logged.entryId, kind: 'draw' } });

    const response = await call(PATCH, 'PATCH', `/tickets/${ticket.id}`, { token, params: { id: ticket.id }, body: { type: 'service_request' } });
    expect(response.status).toBe(200);
    expect(await currentDecision(logged.entryId)).toMatchObject({ outcome: 'billable', rule: 'new-scope', retainerUnits: 0 });
    const reversal = await db.retainerLedgerEntry.findFirstOrThrow({ where: { reversesId: draw.id } });
    expect(reversal).toMatchObject({ kind: 'reversal', units: 4, timeEntryId: logged.entryId });
    const balance = await db.retainerLedgerEntry.aggregate({ where: { contractId: contract.id }, _sum: { units: true } });
    expect(balance._sum.units).toBe(28);

    // and back: incident work is drawn again (a new draw, never an edit)
    await call(PATCH, 'PATCH', `/tickets/${ticket.id}`, { token, params: { id: ticket.id }, body: { type: 'incident' } });
    expect(await currentDecision(logged.entryId)).toMatchObject({ outcome: 'retainer', retainerUnits: 4 });
    expect(await db.retainerLedgerEntry.count({ where: { timeEntryId: logged.entryId } })).toBe(3);
  });

  it('links only the client\'s own assets; linking an unsupported one re-decides the work', async () => {
    const { token, actor } = await staffToken();
    const { client, ticket } = await managedTicket();
    const other = await makeClient(db);
    const foreign = await makeAsset(db, { clientId: other.id });
    const mainframe = await makeAsset(db, { clientId: client.id, name: 'Mainframe', class: 'other', isSupported: false });
    const logged = await logTime({ actor, input: { ticketId: ticket.id, startedAt: ny('2026-03-03', '10:00'), endedAt: ny('2026-03-03', '10:20'), mode: 'remote' } });

    const rejected = await call(PATCH, 'PATCH', `/tickets/${ticket.id}`, { token, params: { id: ticket.id }, body: { assetIds: [foreign.id] } });
    expect(rejected.status).toBe(400);
    expect(rejected.body.fieldErrors.assetIds).toBeTruthy();
    expect(await db.ticketAsset.count({ where: { ticketId: ticket.id } })).toBe(0);

    const linked = await call(PATCH, 'PATCH', `/tickets/${ticket.id}`, { token, params: { id: ticket.id }, body: { assetIds: [mainframe.id] } });
    expect(linked.status).toBe(200);
    expect(linked.body.assetIds).toEqual([mainframe.id]);
    expect(await currentDecision(logged.entryId)).toMatchObject({ outcome: 'refused', rule: 'unsupported_asset' });
    const event = await db.ticketEvent.findFirstOrThrow({ where: { ticketId: ticket.id, kind: 'assets_changed' } });
    expect(event.data).toEqual({ added: [mainframe.id], removed: [] });
  });

  it('refuses an invalid status change with a clear message and changes nothing', async () => {
    const { token } = await staffToken();
    const { ticket } = await managedTicket();
    const response = await call(PATCH, 'PATCH', `/tickets/${ticket.id}`, { token, params: { id: ticket.id }, body: { status: 'closed', priority: 'P1' } });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatch(/cannot go from new to closed/);
    expect(response.body.fieldErrors.status).toBeTruthy();
    expect(await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).toMatchObject({ status: 'new', priority: 'P3' });
    const empty = await call(PATCH, 'PATCH', `/tickets/${ticket.id}`, { token, params: { id: ticket.id }, body: {} });
    expect(empty.status).toBe(400);
  });

  it('pauses the SLA while waiting on the customer and gives back the working time left', async () => {
    const tech = actorOf(await makeUser(db, { role: 'technician' }));
    const { ticket } = await managedTicket();
    await db.ticket.update({ where: { id: ticket.id }, data: { responseDueAt: ny('2026-03-02', '11:00'), resolutionDueAt: ny('2026-03-02', '17:00') } });
    const move = (status: 'triaged' | 'in_progress' | 'waiting_on_customer' | 'resolved' | 'closed', now: Date) =>
      updateTicket({ actor: tech, ticketId: ticket.id, input: { status }, now });
    await move('triaged', ny('2026-03-02', '09:05'));
    await move('in_progress', ny('2026-03-02', '09:10'));
    const paused = await move('waiting_on_customer', ny('2026-03-02', '10:00'));
    expect(paused.slaPausedAt).toEqual(ny('2026-03-02', '10:00'));

    // resumed Monday 19:00, after hours: 7 working hours were left → Tuesday 15:00 (08:00 + 7 h)
    const resumed = await move('in_progress', ny('2026-03-02', '19:00'));
    expect(resumed.slaPausedAt).toBeNull();
    expect(resumed.resolutionDueAt).toEqual(ny('2026-03-03', '15:00'));
    expect(resumed.responseDueAt).toEqual(ny('2026-03-03', '09:00'));
    const row = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(row.slaPausedMinutes).toBe(540);

    const resolved = await move('resolved', ny('2026-03-03', '11:00'));
    expect(resolved.resolvedAt).toEqual(ny('2026-03-03', '11:00'));
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).isResolutionMet).toBe(true);
    const reopened = await move('in_progress', ny('2026-03-03', '12:00'));
    expect(reopened.resolvedAt).toBeNull();
    await move('resolved', ny('2026-03-03', '13:00'));
    const closed = await move('closed', ny('2026-03-03', '14:00'));
    expect(closed.closedAt).toEqual(ny('2026-03-03', '14:00'));
    const error = await move('in_progress', ny('2026-03-03', '15:00')).catch((e: unknown) => e);
    expect(isAppError(error) && error.code).toBe('invalid');
    const statusEvents = await db.ticketEvent.count({ where: { ticketId: ticket.id, kind: 'status_changed' } });
    expect(statusEvents).toBe(8);
  });
});
