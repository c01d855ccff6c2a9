import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { DiskAttachmentStorage } from '@/lib/server/attachments/disk-storage.ts';
import { actorOf, makeAsset, makeCalendar, makeClient, makeContract, makeTicket, makeTier, makeUser, WEEKDAYS_8_TO_18 } from '@/tests/factories/index.ts';

/** A Tuesday at noon in New York (the clients' timezone): inside business hours. */
export const TUESDAY_NOON = new Date('2026-11-17T17:00:00Z');

export async function tempStorage() {
  return new DiskAttachmentStorage(await mkdtemp(path.join(os.tmpdir(), 'psa-attachments-')));
}

export async function goldTier(overrides: Parameters<typeof makeTier>[1] = {}) {
  const calendar = await makeCalendar(db, { hours: WEEKDAYS_8_TO_18 });
  return makeTier(db, { name: `Gold ${Math.random().toString(36).slice(2, 8)}`, calendarId: calendar.id, channels: ['portal', 'email', 'phone'], targets: { P1: [60, 480] }, ...overrides });
}

export interface Company {
  clientId: string;
  admin: Actor;
  user: Actor;
  assetId: string;
  ticketId: string;
  ticketNumber: number;
}

/** A company on a managed tier with an admin, a user, an asset and a ticket the user opened. */
export async function makeCompany(tierId: string | null): Promise<Company> {
  const client = await makeClient(db);
  if (tierId) await makeContract(db, { clientId: client.id, kind: 'managed', tierId });
  const admin = actorOf(await makeUser(db, { role: 'customer_admin', clientId: client.id }));
  const user = actorOf(await makeUser(db, { role: 'customer_user', clientId: client.id }));
  const asset = await makeAsset(db, { clientId: client.id, name: 'Front desk PC' });
  const ticket = await makeTicket(db, { clientId: client.id, requesterId: user.userId, assetIds: [asset.id], subject: 'Printer jams' });
  return { clientId: client.id, admin, user, assetId: asset.id, ticketId: ticket.id, ticketNumber: ticket.number };
}

/** Two companies on the same tier, and a technician. */
export async function twoCompanies() {
  const tier = await goldTier();
  const a = await makeCompany(tier.id);
  const b = await makeCompany(tier.id);
  const tech = actorOf(await makeUser(db, { role: 'technician' }));
  return { tier, a, b, tech };
}
