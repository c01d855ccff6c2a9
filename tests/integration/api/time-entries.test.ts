import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { POST as logTime } from '@/app/api/v1/tickets/[id]/time-entries/route.ts';
import { makeAsset, makeCalendar, makeClient, makeContract, makeTicket, makeTier } from '@/tests/factories/index.ts';
import { call, staffToken } from './api-client.ts';

/** A Gold-like client in New York: Mon–Fri 08:00–18:00 local, unlimited help desk. */
async function managedClient(options: { assets?: { isSupported: boolean }[] } = {}) {
  const tier = await makeTier(db, { calendarId: (await makeCalendar(db)).id, standardRate: '150.00', afterHoursMultiplier: '1.5' });
  const client = await makeClient(db, { timezone: 'America/New_York' });
  await makeContract(db, { clientId: client.id, kind: 'managed', tierId: tier.id });
  const assets = await Promise.all((options.assets ?? []).map((a) => makeAsset(db, { clientId: client.id, name: 'Mainframe', class: 'other', isSupported: a.isSupported })));
  const ticket = await makeTicket(db, { clientId: client.id, type: 'incident', assetIds: assets.map((a) => a.id) });
  return { client, ticket };
}

async function writesOf(ticketId: string) {
  const [entries, decisions, audits] = await Promise.all([
    db.timeEntry.count({ where: { ticketId } }),
    db.billingDecision.count({ where: { timeEntry: { ticketId } } }),
    db.auditLog.count({ where: { action: 'time_entry.created' } }),
  ]);
  return { entries, decisions, audits };
}

describe('POST /api/v1/tickets/{id}/time-entries', () => {
  it('logs time and returns the decision with its parts (201)', async () => {
    const { token } = await staffToken();
    const { ticket } = await managedClient();
    // Tue 3 March 2026, 17:30–18:30 in New York: half in support hours, half after
    const response = await call(logTime, 'POST', `/tickets/${ticket.id}/time-entries`, {
      token,
      params: { id: ticket.id },
      body: { startedAt: '2026-03-03T17:30:00-05:00', endedAt: '2026-03-03T18:30:00-05:00', mode: 'remote', notes: 'Rebooted the VPN' },
    });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      decision: {
        parts: expect.arrayContaining([
          { outcome: 'covered', minutes: 30, units: 0, rate: null, amount: '0.00' },
          { outcome: 'billable', minutes: 30, units: 0, rate: '225.00', amount: '112.50' },
        ]),
        rule: 'incident',
        reason: expect.stringMatching(/after-hours/),
        needsApproval: false,
      },
    });
    expect(response.body.decision.parts).toHaveLength(2);
    const entry = await db.timeEntry.findUniqueOrThrow({ where: { id: response.body.id } });
    expect(entry).toMatchObject({ ticketId: ticket.id, minutes: 60, mode: 'remote', notes: 'Rebooted the VPN' });
    expect(entry.startedAt.toISOString()).toBe('2026-03-03T22:30:00.000Z');
  });

  it('answers 422 with the reason when the work is refused, and writes nothing', async () => {
    const { token } = await staffToken();
    const { ticket } = await managedClient({ assets: [{ isSupported: false }] });
    const before = await writesOf(ticket.id);
    const response = await call(logTime, 'POST', `/tickets/${ticket.id}/time-entries`, {
      token,
      params: { id: ticket.id },
      body: { startedAt: '2026-03-03T10:00:00-05:00', endedAt: '2026-03-03T10:30:00-05:00', mode: 'remote' },
    });
    expect(response.status).toBe(422);
    expect(response.body).toEqual({ error: expect.any(String), reason: expect.stringMatching(/Mainframe/) });
    expect(await writesOf(ticket.id)).toEqual(before);
  });

  it('names the field when the end is before the start (400)', async () => {
    const { token } = await staffToken();
    const { ticket } = await managedClient();
    const response = await call(logTime, 'POST', `/tickets/${ticket.id}/time-entries`, {
      token,
      params: { id: ticket.id },
      body: { startedAt: '2026-03-03T10:00:00-05:00', endedAt: '2026-03-03T09:00:00-05:00', mode: 'remote' },
    });
    expect(response.status).toBe(400);
    expect(response.body.fieldErrors.endedAt).toBeTruthy();
    const noOffset = await call(logTime, 'POST', `/tickets/${ticket.id}/time-entries`, {
      token,
      params: { id: ticket.id },
      body: { startedAt: 'yesterday', endedAt: '2026-03-03T09:00:00-05:00', mode: 'bike' },
    });
    expect(noOffset.status).toBe(400);
    expect(Object.keys(noOffset.body.fieldErrors).sort()).toEqual(['mode', 'startedAt']);
    expect(await db.timeEntry.count({ where: { ticketId: ticket.id } })).toBe(0);
  });

  it('honours Idempotency-Key: a retry returns the first response and creates one entry', async () => {
    const { token, tokenId } = await staffToken();
    const { ticket } = await managedClient();
    const body = { startedAt: '2026-03-04T09:00:00-05:00', endedAt: '2026-03-04T09:20:00-05:00', mode: 'phone' };
    const send = () =>
      call(logTime, 'POST', `/tickets/${ticket.id}/time-entries`, { token, params: { id: ticket.id }, body, headers: { 'idempotency-key': 'entry-1' } });
    const first = await send();
    const retry = await send();
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(await db.timeEntry.count({ where: { ticketId: ticket.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: first.body.id, action: 'time_entry.created' } })).toBe(1);
    const record = await db.idempotencyRecord.findUniqueOrThrow({ where: { tokenId_key: { tokenId, key: 'entry-1' } } });
    expect(record.responseStatus).toBe(201);
  });

  it('answers 409 for the same key with a different body, writing nothing', async () => {
    const { token } = await staffToken();
    const { ticket } = await managedClient();
    const send = (endedAt: string) =>
      call(logTime, 'POST', `/tickets/${ticket.id}/time-entries`, {
        token,
        params: { id: ticket.id },
        body: { startedAt: '2026-03-04T09:00:00-05:00', endedAt, mode: 'remote' },
        headers: { 'idempotency-key': 'same-key' },
      });
    expect((await send('2026-03-04T09:20:00-05:00')).status).toBe(201);
    const conflict = await send('2026-03-04T09:50:00-05:00');
    expect(conflict.status).toBe(409);
    expect(conflict.body.error).toMatch(/Idempotency-Key/);
    expect(await db.timeEntry.count({ where: { ticketId: ticket.id } })).toBe(1);
  });

  it('keys are per token, and concurrent duplicates still create one entry', async () => {
    const first = await staffToken();
    const second = await staffToken();
    const { ticket } = await managedClient();
    const body = { startedAt: '2026-03-05T09:00:00-05:00', endedAt: '2026-03-05T09:10:00-05:00', mode: 'remote' };
    const send = (token: string) =>
      call(logTime, 'POST', `/tickets/${ticket.id}/time-entries`, { token, params: { id: ticket.id }, body, headers: { 'idempotency-key': 'k' } });
    const results = await Promise.all([send(first.token), send(first.token), send(first.token)]);
    expect(results.map((r) => r.status)).toEqual([201, 201, 201]);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(await db.timeEntry.count({ where: { ticketId: ticket.id } })).toBe(1);
    // another token's same key is another request
    expect((await send(second.token)).status).toBe(201);
    expect(await db.timeEntry.count({ where: { ticketId: ticket.id } })).toBe(2);
  });

  it('does not store failed requests: a refused POST can be retried with its key', async () => {
    const { token, tokenId } = await staffToken();
    const { ticket } = await managedClient({ assets: [{ isSupported: false }] });
    const response = await call(logTime, 'POST', `/tickets/${ticket.id}/time-entries`, {
      token,
      params: { id: ticket.id },
      body: { startedAt: '2026-03-03T10:00:00-05:00', endedAt: '2026-03-03T10:30:00-05:00', mode: 'remote' },
      headers: { 'idempotency-key': 'refused-1' },
    });
    expect(response.status).toBe(422);
    expect(await db.idempotencyRecord.count({ where: { tokenId } })).toBe(0);
    expect(await db.timeEntry.count({ where: { ticketId: ticket.id } })).toBe(0);
  });
});
