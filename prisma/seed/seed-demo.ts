import type { Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { hashPassword } from '@/lib/auth/password.ts';
import { hashToken } from '@/lib/auth/token-hash.ts';
import { seedTiers } from './tiers.ts';
import { seedClients } from './clients.ts';
import { seedTicket, type SeedContext } from './tickets.ts';
import { TICKET_PLANS } from './ticket-plans.ts';
import { DEMO_API_TOKEN, DEMO_PASSWORD, DEMO_STAFF } from './demo-users.ts';

const SEEDED_KEY = 'demo.seededAt';

const CUSTOMERS = [
  { key: 'acme-admin', client: 'acme', email: 'admin@acme.demo', name: 'Dana Reyes', role: 'customer_admin' },
  { key: 'acme-user', client: 'acme', email: 'user@acme.demo', name: 'Carl Ortiz', role: 'customer_user' },
  { key: 'birch-admin', client: 'birch', email: 'admin@birch.demo', name: 'Bella Birch', role: 'customer_admin' },
  { key: 'cobalt-admin', client: 'cobalt', email: 'admin@cobalt.demo', name: 'Cole Baxter', role: 'customer_admin' },
  { key: 'evergreen-admin', client: 'evergreen', email: 'admin@evergreen.demo', name: 'Erin Green', role: 'customer_admin' },
] as const;

const actorOf = (user: { id: string; role: Actor['role']; clientId: string | null; name: string; email: string }): Actor => ({
  userId: user.id,
  role: user.role,
  clientId: user.clientId,
  name: user.name,
  email: user.email,
  via: 'session',
});

/** Loads the demo story once; returns false when it is already there. */
export async function seedDemo(db: Db, now = new Date()): Promise<boolean> {
  if (await db.appSetting.findUnique({ where: { key: SEEDED_KEY } })) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const team = await db.team.create({ data: { name: 'Service desk' } });
  const staff = [];
  for (const person of DEMO_STAFF) {
    staff.push(await db.user.create({ data: { ...person, passwordHash, teamId: person.role === 'technician' ? team.id : null } }));
  }
  const [admin, manager, ...technicians] = staff;
  await db.apiToken.create({
    data: { userId: admin.id, name: 'Demo integration token', tokenHash: hashToken(DEMO_API_TOKEN), prefix: DEMO_API_TOKEN.slice(0, 12) },
  });

  const tiers = await seedTiers(db);
  const clients = await seedClients(db, tiers, manager.id, now);
  const customers: Record<string, Actor> = {};
  for (const customer of CUSTOMERS) {
    const user = await db.user.create({
      data: { email: customer.email, name: customer.name, role: customer.role, clientId: clients[customer.client].id, passwordHash },
    });
    await db.contact.create({ data: { clientId: user.clientId!, name: user.name, email: user.email, userId: user.id, jobTitle: customer.role === 'customer_admin' ? 'Office manager' : 'Staff' } });
    customers[customer.key] = actorOf(user);
  }

  const context: SeedContext = { db, now, clients, technicians: technicians.map(actorOf), customers };
  for (const [index, plan] of TICKET_PLANS.entries()) await seedTicket(context, plan, index);

  await db.appSetting.create({ data: { key: SEEDED_KEY, value: now.toISOString() } });
  return true;
}
