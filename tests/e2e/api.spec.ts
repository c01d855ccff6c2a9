import { expect, test } from '@playwright/test';
import { DEMO_API_TOKEN } from '../../prisma/seed/demo-users.ts';

const auth = { authorization: `Bearer ${DEMO_API_TOKEN}` };

// the production server answers API v1 itself (server/api-router.ts), and Next the rest
test('an integration creates a ticket and logs time on it through the served API', async ({ request }) => {
  const clients = await request.get('/api/v1/clients', { headers: auth });
  expect(clients.status()).toBe(200);
  const acme = (await clients.json()).find((client: { name: string }) => client.name.startsWith('Acme Dental'));
  expect(acme).toBeTruthy();

  const created = await request.post('/api/v1/tickets', {
    headers: auth,
    data: { clientId: acme.id, type: 'incident', priority: 'P3', subject: 'Scanner not found (from the RMM)' },
  });
  expect(created.status()).toBe(201);
  const ticket = await created.json();

  const logged = await request.post(`/api/v1/tickets/${ticket.id}/time-entries`, {
    headers: auth,
    data: { startedAt: '2026-11-17T10:00:00-05:00', endedAt: '2026-11-17T10:25:00-05:00', mode: 'remote' },
  });
  expect(logged.status()).toBe(201);
  const { decision } = await logged.json();
  expect(decision.parts.reduce((sum: number, part: { minutes: number }) => sum + part.minutes, 0)).toBe(25);
  expect(decision.reason).toEqual(expect.any(String));
});

test('the served API refuses a missing token, and unknown API paths still get Next’s 404', async ({ request }) => {
  const anonymous = await request.get('/api/v1/clients');
  expect(anonymous.status()).toBe(401);
  expect(await anonymous.json()).toEqual({ error: expect.stringMatching(/API token/) });
  expect((await request.get('/api/v1/no-such-route', { headers: auth })).status()).toBe(404);
});
