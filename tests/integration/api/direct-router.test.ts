import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { createApiRequestListener, MAX_API_BODY_BYTES } from '@/server/api-router.ts';
import { makeCalendar, makeClient, makeContract, makeTicket, makeTier } from '@/tests/factories/index.ts';
import { staffToken } from './api-client.ts';

/** The production server's dispatch: API v1 requests served over real HTTP without Next. */
describe('API v1 served directly (server/api-router.ts)', () => {
  let server: http.Server;
  let baseUrl: string;
  const passedOn: string[] = [];

  beforeAll(async () => {
    const serveApi = createApiRequestListener();
    server = http.createServer((request, response) => {
      if (serveApi(request, response)) return;
      passedOn.push(`${request.method} ${request.url}`);
      response.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function incidentTicket() {
    const tier = await makeTier(db, { calendarId: (await makeCalendar(db)).id, standardRate: '150.00' });
    const client = await makeClient(db, { timezone: 'America/New_York' });
    await makeContract(db, { clientId: client.id, kind: 'managed', tierId: tier.id });
    return makeTicket(db, { clientId: client.id, type: 'incident' });
  }

  function postTimeEntry(ticketId: string, token: string, body: Record<string, unknown>) {
    return fetch(`${baseUrl}/api/v1/tickets/${ticketId}/time-entries`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  it('logs time through POST /api/v1/tickets/{id}/time-entries and answers with the decision', async () => {
    const { token } = await staffToken();
    const ticket = await incidentTicket();
    // Tue 3 March 2026, 10:00–10:40 in New York: support hours
    const response = await postTimeEntry(ticket.id, token, { startedAt: '2026-03-03T10:00:00-05:00', endedAt: '2026-03-03T10:40:00-05:00', mode: 'remote' });
    expect(response.status).toBe(201);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = await response.json();
    expect(body.decision).toMatchObject({ rule: 'incident', parts: [{ outcome: 'covered', minutes: 40 }] });
    expect(await db.timeEntry.count({ where: { ticketId: ticket.id } })).toBe(1);
  });

  it('passes query strings, and answers 401 without a token and 400 naming a bad field', async () => {
    const { token } = await staffToken();
    const ticket = await incidentTicket();
    const anonymous = await fetch(`${baseUrl}/api/v1/clients?x=1`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    const quota = await fetch(`${baseUrl}/api/v1/clients/${ticket.clientId}/quota?month=2026-13`, { headers: { authorization: `Bearer ${token}` } });
    expect(quota.status).toBe(400);
    expect(JSON.stringify(await quota.json())).toMatch(/month/);
  });

  it('refuses a body over the limit with 413 and writes nothing', async () => {
    const { token } = await staffToken();
    const ticket = await incidentTicket();
    const response = await postTimeEntry(ticket.id, token, {
      startedAt: '2026-03-03T10:00:00-05:00',
      endedAt: '2026-03-03T10:40:00-05:00',
      mode: 'remote',
      notes: 'x'.repeat(MAX_API_BODY_BYTES),
    });
    expect(response.status).toBe(413);
    expect(await db.timeEntry.count({ where: { ticketId: ticket.id } })).toBe(0);
  });

  it('drops a request whose client hangs up mid-body: nothing written, nothing logged, the next request served', async () => {
    const { token } = await staffToken();
    const ticket = await incidentTicket();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await new Promise<void>((resolve) => {
        const request = http.request(`${baseUrl}/api/v1/tickets/${ticket.id}/time-entries`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': '1000' },
        });
        request.on('error', () => resolve());
        request.write('{"startedAt": "2026-03-03T10:00:00-05:00"', () => setTimeout(() => request.destroy(), 50));
        request.on('close', () => resolve());
      });
      const next = await fetch(`${baseUrl}/api/v1/clients`, { headers: { authorization: `Bearer ${token}` } });
      expect(next.status).toBe(200);
      expect(await db.timeEntry.count({ where: { ticketId: ticket.id } })).toBe(0);
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });

  it('passes other paths and methods on untouched (Next answers them)', async () => {
    passedOn.length = 0;
    await fetch(`${baseUrl}/api/v1/nothing-here`);
    await fetch(`${baseUrl}/api/v1/clients`, { method: 'DELETE' });
    await fetch(`${baseUrl}/console`);
    expect(passedOn).toEqual(['GET /api/v1/nothing-here', 'DELETE /api/v1/clients', 'GET /console']);
  });
});
