import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { listAssets } from '@/lib/server/assets/list-assets.ts';
import { actorOf, makeAsset, makeClient, makeUser } from '@/tests/factories/index.ts';

const NOW = new Date('2026-06-01T12:00:00Z');
const day = (offset: number) => new Date(Date.UTC(2026, 5, 1 + offset));

async function cmdb() {
  const client = await makeClient(db);
  const staff = actorOf(await makeUser(db, { role: 'technician' }));
  const server = await makeAsset(db, { clientId: client.id, name: 'FS01', class: 'server', make: 'Dell', model: 'PowerEdge T350', serialNumber: 'DX-4411', warrantyExpiresOn: day(10) });
  const laptop = await makeAsset(db, { clientId: client.id, name: 'LAPTOP-7', class: 'workstation', make: 'Lenovo', warrantyExpiresOn: day(90) });
  const licence = await makeAsset(db, { clientId: client.id, name: 'Office licences', class: 'software_licence', make: 'Microsoft', licenceExpiresOn: day(25) });
  const expired = await makeAsset(db, { clientId: client.id, name: 'OLD-FW', class: 'firewall', warrantyExpiresOn: day(-5) });
  const mainframe = await makeAsset(db, { clientId: client.id, name: 'Z15', class: 'server', make: 'IBM', isSupported: false });
  return { client, staff, server, laptop, licence, expired, mainframe };
}

describe('listAssets filters', () => {
  it('filters by class within a client', async () => {
    const { client, staff, server, mainframe } = await cmdb();
    const page = await listAssets({ actor: staff, input: { clientId: client.id, class: 'server' }, now: NOW });
    expect(page.items.map((a) => a.id).sort()).toEqual([server.id, mainframe.id].sort());
    expect(page.total).toBe(2);
  });

  it('finds warranties and licences expiring within 30 days, not past or later ones', async () => {
    const { client, staff, server, licence } = await cmdb();
    const page = await listAssets({ actor: staff, input: { clientId: client.id, expiringWithinDays: '30', sort: 'expiry' }, now: NOW });
    expect(page.items.map((a) => a.id)).toEqual([server.id, licence.id]);
  });

  it('shows only unsupported assets when asked', async () => {
    const { client, staff, mainframe } = await cmdb();
    const page = await listAssets({ actor: staff, input: { clientId: client.id, unsupportedOnly: 'on' }, now: NOW });
    expect(page.items.map((a) => a.id)).toEqual([mainframe.id]);
  });

  it('searches name, make, model and serial, case-insensitively', async () => {
    const { client, staff, server, laptop, mainframe } = await cmdb();
    const search = async (q: string) => (await listAssets({ actor: staff, input: { clientId: client.id, q }, now: NOW })).items.map((a) => a.id);
    expect(await search('laptop')).toEqual([laptop.id]);
    expect(await search('ibm')).toEqual([mainframe.id]);
    expect(await search('poweredge')).toEqual([server.id]);
    expect(await search('dx-44')).toEqual([server.id]);
    expect(await search('100%')).toEqual([]);
  });

  it('pages with a total, sorted by name', async () => {
    const { client, staff } = await cmdb();
    const first = await listAssets({ actor: staff, input: { clientId: client.id, pageSize: 5 }, now: NOW });
    expect(first.total).toBe(5);
    expect(first.items.map((a) => a.name)).toEqual(['FS01', 'LAPTOP-7', 'Office licences', 'OLD-FW', 'Z15']);
    const second = await listAssets({ actor: staff, input: { clientId: client.id, pageSize: 5, page: 2 }, now: NOW });
    expect(second.items).toEqual([]);
    expect(second.total).toBe(5);
  });

  it('a customer sees only their own client’s assets, whatever client they ask for', async () => {
    const { client } = await cmdb();
    const other = await makeClient(db);
    await makeAsset(db, { clientId: other.id, name: 'Other’s server', class: 'server' });
    const customer = actorOf(await makeUser(db, { role: 'customer_admin', clientId: other.id }));
    const asked = await listAssets({ actor: customer, input: { clientId: client.id }, now: NOW });
    expect(asked.items).toEqual([]);
    const own = await listAssets({ actor: customer, input: {}, now: NOW });
    expect(own.items.map((a) => a.clientId)).toEqual([other.id]);
  });

  it('rejects a bad filter with a field error', async () => {
    const { staff } = await cmdb();
    await expect(listAssets({ actor: staff, input: { class: 'mainframe' } })).rejects.toMatchObject({ code: 'invalid', fieldErrors: { class: expect.any(Array) } });
  });
});
