import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { apiHandler } from '@/app/_lib/api-handler.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { isAppError } from '@/lib/errors/app-error.ts';
import { hashToken } from '@/lib/auth/token-hash.ts';
import { createApiToken } from '@/lib/server/api-tokens/create-api-token.ts';
import { revokeApiToken } from '@/lib/server/api-tokens/revoke-api-token.ts';
import { GET as listClients } from '@/app/api/v1/clients/route.ts';
import { GET as listAssets } from '@/app/api/v1/clients/[id]/assets/route.ts';
import { POST as createTicket } from '@/app/api/v1/tickets/route.ts';
import { PATCH as updateTicket } from '@/app/api/v1/tickets/[id]/route.ts';
import { POST as recordPurchase } from '@/app/api/v1/clients/[id]/retainer/purchases/route.ts';
import { GET as openApi } from '@/app/api/v1/openapi.json/route.ts';
import { actorOf, makeAsset, makeCalendar, makeClient, makeContract, makeTier, makeUser } from '@/tests/factories/index.ts';
import { call, rawToken, staffToken } from './api-client.ts';

describe('API v1 authentication and authorization', () => {
  it('answers 401 without a token, with an unknown one, and with a revoked one', async () => {
    const missing = await call(listClients, 'GET', '/clients');
    expect(missing.status).toBe(401);
    expect(missing.body.error).toMatch(/Bearer/);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');

    expect((await call(listClients, 'GET', '/clients', { token: 'psa_not-a-real-token' })).status).toBe(401);

    const { token, tokenId, admin } = await staffToken();
    expect((await call(listClients, 'GET', '/clients', { token })).status).toBe(200);
    await revokeApiToken({ actor: admin, input: { tokenId } });
    const revoked = await call(listClients, 'GET', '/clients', { token });
    expect(revoked.status).toBe(401);
    const audit = await db.auditLog.count({ where: { entityId: tokenId, action: 'api_token.revoked' } });
    expect(audit).toBe(1);
  });

  it('answers 401 when the token owner was deactivated', async () => {
    const { token, user } = await staffToken();
    await db.user.update({ where: { id: user.id }, data: { isActive: false } });
    expect((await call(listClients, 'GET', '/clients', { token })).status).toBe(401);
  });

  it('answers 403 for a token owned by a customer, and for a technician buying retainer units', async () => {
    const client = await makeClient(db);
    const customer = await makeUser(db, { role: 'customer_admin', clientId: client.id });
    const { token: customerToken } = await rawToken(customer.id);
    const forbidden = await call(listClients, 'GET', '/clients', { token: customerToken });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body).toEqual({ error: expect.any(String) });

    const { token } = await staffToken('technician');
    const before = await db.retainerLedgerEntry.count();
    const purchase = await call(recordPurchase, 'POST', `/clients/${client.id}/retainer/purchases`, {
      token,
      params: { id: client.id },
      body: { units: 10 },
    });
    expect(purchase.status).toBe(403);
    expect(await db.retainerLedgerEntry.count()).toBe(before);
  });

  it('issues tokens only as an admin, for active staff, storing only the hash', async () => {
    const admin = actorOf(await makeUser(db, { role: 'admin' }));
    const tech = actorOf(await makeUser(db, { role: 'technician' }));
    const client = await makeClient(db);
    const customer = await makeUser(db, { role: 'customer_admin', clientId: client.id });
    const created = await createApiToken({ actor: admin, input: { name: 'RMM bridge', userId: tech.userId } });
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(hashToken(created.token));
    expect(created.token.startsWith(row.prefix)).toBe(true);
    expect(row.prefix.length).toBeLessThan(created.token.length / 2);
    expect(await db.auditLog.count({ where: { entityId: created.id, action: 'api_token.created' } })).toBe(1);

    const byTech = await createApiToken({ actor: tech, input: { name: 'Mine' } }).catch((e: unknown) => e);
    expect(isAppError(byTech) && byTech.code).toBe('forbidden');
    const forCustomer = await createApiToken({ actor: admin, input: { name: 'Theirs', userId: customer.id } }).catch((e: unknown) => e);
    expect(isAppError(forCustomer) && forCustomer.fieldErrors?.userId).toBeTruthy();
  });

  it('records when a token was last used, at most once a minute', async () => {
    const { token, tokenId } = await staffToken();
    await call(listClients, 'GET', '/clients', { token });
    const first = await db.apiToken.findUniqueOrThrow({ where: { id: tokenId } });
    expect(first.lastUsedAt).not.toBeNull();
    await call(listClients, 'GET', '/clients', { token });
    const second = await db.apiToken.findUniqueOrThrow({ where: { id: tokenId } });
    expect(second.lastUsedAt).toEqual(first.lastUsedAt);
  });
});

describe('API v1 validation and shapes', () => {
  it('answers 400 naming the field, and writes nothing', async () => {
    const { token } = await staffToken();
    const client = await makeClient(db);
    const before = await db.ticket.count();
    const missing = await call(createTicket, 'POST', '/tickets', { token, body: { clientId: client.id, type: 'incident', priority: 'P9' } });
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.fieldErrors)).toEqual(expect.arrayContaining(['priority', 'subject']));
    expect(missing.body.error).toMatch(/priority|subject/);

    const malformed = await call(createTicket, 'POST', '/tickets', { token, body: '{"clientId": ' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatch(/JSON/);

    const badParam = await call(updateTicket, 'PATCH', '/tickets/nope', { token, params: { id: 'nope' }, body: { priority: 'P1' } });
    expect(badParam.status).toBe(400);
    expect(badParam.body.fieldErrors.id).toBeTruthy();
    expect(await db.ticket.count()).toBe(before);
  });

  it('answers 500 without internals for unexpected errors, and logs them', async () => {
    const { token } = await staffToken();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = apiHandler({ roles: STAFF_ROLES }, async () => {
      throw new Error('connection string postgres://secret@db');
    });
    const response = await call(broken, 'GET', '/broken', { token });
    expect(response.status).toBe(500);
    expect(JSON.stringify(response.body)).not.toMatch(/secret|postgres/);
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });

  it('creates a ticket (201 with id and number) and 404s an unknown one', async () => {
    const { token } = await staffToken();
    const client = await makeClient(db);
    const created = await call(createTicket, 'POST', '/tickets', {
      token,
      body: { clientId: client.id, type: 'incident', priority: 'P2', subject: 'Printer on fire' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.any(String), number: expect.any(Number) });
    const ticket = await db.ticket.findUniqueOrThrow({ where: { id: created.body.id } });
    expect(ticket.number).toBe(created.body.number);

    const unknown = '00000000-0000-4000-8000-000000000000';
    const missing = await call(updateTicket, 'PATCH', `/tickets/${unknown}`, { token, params: { id: unknown }, body: { priority: 'P1' } });
    expect(missing.status).toBe(404);
  });

  it('lists clients with tier and contracts in force, and a client\'s assets', async () => {
    const { token } = await staffToken();
    const tier = await makeTier(db, { calendarId: (await makeCalendar(db)).id });
    const client = await makeClient(db);
    const managed = await makeContract(db, { clientId: client.id, kind: 'managed', tierId: tier.id });
    const retainer = await makeContract(db, { clientId: client.id, kind: 'retainer' });
    await makeContract(db, { clientId: client.id, kind: 'time_and_materials', endsOn: new Date('2021-01-01') });
    const bare = await makeClient(db);
    const server = await makeAsset(db, { clientId: client.id, name: 'AA server', class: 'server' });
    const mainframe = await makeAsset(db, { clientId: client.id, name: 'BB mainframe', class: 'other', isSupported: false });
    await makeAsset(db, { clientId: bare.id, name: 'Not theirs' });

    const clients = await call(listClients, 'GET', '/clients', { token });
    expect(clients.status).toBe(200);
    const listed = clients.body.find((c: { id: string }) => c.id === client.id);
    expect(listed).toEqual({
      id: client.id,
      name: client.name,
      timezone: 'America/New_York',
      tier: tier.name,
      contracts: expect.arrayContaining([{ id: managed.id, kind: 'managed' }, { id: retainer.id, kind: 'retainer' }]),
    });
    expect(listed.contracts).toHaveLength(2);
    expect(clients.body.find((c: { id: string }) => c.id === bare.id)).toMatchObject({ tier: null, contracts: [] });

    const assets = await call(listAssets, 'GET', `/clients/${client.id}/assets`, { token, params: { id: client.id } });
    expect(assets.status).toBe(200);
    expect(assets.body).toEqual([
      { id: server.id, name: 'AA server', class: 'server', supported: true },
      { id: mainframe.id, name: 'BB mainframe', class: 'other', supported: false },
    ]);
  });

  it('publishes an OpenAPI 3 document with every path, built from the request schemas', async () => {
    const response = await call(openApi, 'GET', '/openapi.json');
    expect(response.status).toBe(200);
    expect(response.body.openapi).toMatch(/^3\./);
    const operations = Object.entries(response.body.paths as Record<string, Record<string, unknown>>).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual(
      [
        'GET /clients',
        'GET /clients/{id}/assets',
        'POST /tickets',
        'PATCH /tickets/{id}',
        'POST /tickets/{id}/time-entries',
        'POST /tickets/{id}/estimates',
        'POST /estimates/{id}/approve',
        'GET /clients/{id}/retainer',
        'POST /clients/{id}/retainer/purchases',
        'GET /clients/{id}/quota',
      ].sort(),
    );
    const timeEntryBody = response.body.paths['/tickets/{id}/time-entries'].post.requestBody.content['application/json'].schema;
    expect(timeEntryBody.required).toEqual(expect.arrayContaining(['startedAt', 'endedAt', 'mode']));
    expect(timeEntryBody.properties.mode.enum).toEqual(['remote', 'onsite', 'phone']);
  });
});
