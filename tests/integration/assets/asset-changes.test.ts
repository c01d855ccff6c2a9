import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { createAsset } from '@/lib/server/assets/create-asset.ts';
import { updateAsset } from '@/lib/server/assets/update-asset.ts';
import { retireAsset } from '@/lib/server/assets/retire-asset.ts';
import { linkAssets } from '@/lib/server/assets/link-assets.ts';
import { unlinkAssets } from '@/lib/server/assets/unlink-assets.ts';
import { actorOf, makeAsset, makeClient, makeUser } from '@/tests/factories/index.ts';

async function setup() {
  const client = await makeClient(db);
  const staff = actorOf(await makeUser(db, { role: 'technician' }));
  const customer = actorOf(await makeUser(db, { role: 'customer_admin', clientId: client.id }));
  const asset = await makeAsset(db, { clientId: client.id, name: 'FW01', class: 'firewall' });
  return { client, staff, customer, asset };
}

const countFor = (clientId: string) => Promise.all([db.asset.count({ where: { clientId } }), db.auditLog.count({ where: { clientId } })]);

describe('creating and editing assets', () => {
  it('creates an asset with an audit entry', async () => {
    const { client, staff } = await setup();
    const site = await db.site.create({ data: { clientId: client.id, name: 'Head office' } });
    const created = await createAsset({
      actor: staff,
      input: { clientId: client.id, name: ' NAS01 ', class: 'backup', siteId: site.id, warrantyExpiresOn: '2027-02-28', make: '' },
    });
    const stored = await db.asset.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored).toMatchObject({ name: 'NAS01', class: 'backup', siteId: site.id, make: null, lifecycle: 'active', isSupported: true });
    expect(stored.warrantyExpiresOn?.toISOString().slice(0, 10)).toBe('2027-02-28');
    expect(await db.auditLog.count({ where: { entityId: created.id, action: 'asset.created' } })).toBe(1);
  });

  it('an invalid class or date is refused with field errors and nothing is written', async () => {
    const { client, staff } = await setup();
    const before = await countFor(client.id);
    await expect(createAsset({ actor: staff, input: { clientId: client.id, name: 'X1', class: 'mainframe' as never } })).rejects.toMatchObject({
      code: 'invalid',
      fieldErrors: { class: [expect.stringContaining('Choose a class')] },
    });
    await expect(createAsset({ actor: staff, input: { clientId: client.id, name: 'X1', class: 'server', warrantyExpiresOn: '2026-02-30' } })).rejects.toMatchObject({
      code: 'invalid',
      fieldErrors: { warrantyExpiresOn: [expect.stringContaining('YYYY-MM-DD')] },
    });
    expect(await countFor(client.id)).toEqual(before);
  });

  it('a duplicate name in the same client is a conflict on the name field', async () => {
    const { client, staff } = await setup();
    await expect(createAsset({ actor: staff, input: { clientId: client.id, name: 'fw01', class: 'firewall' } })).rejects.toMatchObject({
      code: 'conflict',
      fieldErrors: { name: expect.any(Array) },
    });
  });

  it('a site of another client is refused', async () => {
    const { client, staff } = await setup();
    const other = await makeClient(db);
    const otherSite = await db.site.create({ data: { clientId: other.id, name: 'Elsewhere' } });
    await expect(createAsset({ actor: staff, input: { clientId: client.id, name: 'SW01', class: 'switch', siteId: otherSite.id } })).rejects.toMatchObject({
      code: 'invalid',
      fieldErrors: { siteId: expect.any(Array) },
    });
  });

  it('customers can neither create nor update assets; nothing changes', async () => {
    const { client, customer, asset } = await setup();
    const before = await countFor(client.id);
    await expect(createAsset({ actor: customer, input: { clientId: client.id, name: 'Mine', class: 'workstation' } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(updateAsset({ actor: customer, assetId: asset.id, input: { name: 'Renamed' } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(retireAsset({ actor: customer, assetId: asset.id })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await countFor(client.id)).toEqual(before);
    expect(await db.asset.findUniqueOrThrow({ where: { id: asset.id } })).toMatchObject({ name: 'FW01', lifecycle: 'active' });
  });

  it('updates fields, clears blank ones and audits before and after', async () => {
    const { staff, asset } = await setup();
    await updateAsset({ actor: staff, assetId: asset.id, input: { name: 'FW-EDGE', model: 'FortiGate 60F', isSupported: false, unsupportedReason: 'End of life' } });
    await updateAsset({ actor: staff, assetId: asset.id, input: { model: '' } });
    expect(await db.asset.findUniqueOrThrow({ where: { id: asset.id } })).toMatchObject({ name: 'FW-EDGE', model: null, isSupported: false, unsupportedReason: 'End of life' });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: asset.id, action: 'asset.updated' }, orderBy: { id: 'asc' } });
    expect(audit.before).toMatchObject({ name: 'FW01' });
    expect(audit.after).toMatchObject({ name: 'FW-EDGE' });
  });

  it('retires once; a second retire is a conflict', async () => {
    const { staff, asset } = await setup();
    await retireAsset({ actor: staff, assetId: asset.id });
    await expect(retireAsset({ actor: staff, assetId: asset.id })).rejects.toMatchObject({ code: 'conflict' });
    expect(await db.auditLog.count({ where: { entityId: asset.id, action: 'asset.retired' } })).toBe(1);
  });
});

describe('relationships', () => {
  it('assets of two different clients cannot be linked; nothing is written', async () => {
    const { staff, asset } = await setup();
    const other = await makeClient(db);
    const foreign = await makeAsset(db, { clientId: other.id });
    await expect(linkAssets({ actor: staff, input: { fromId: asset.id, toId: foreign.id, kind: 'connected_to' } })).rejects.toMatchObject({
      code: 'invalid',
      fieldErrors: { toId: expect.any(Array) },
    });
    expect(await db.assetRelation.count({ where: { OR: [{ fromId: asset.id }, { toId: asset.id }] } })).toBe(0);
  });

  it('no self-links, no duplicates (connected-to either way), unlink removes it', async () => {
    const { client, staff, asset } = await setup();
    const sw = await makeAsset(db, { clientId: client.id, name: 'SW01', class: 'switch' });
    await expect(linkAssets({ actor: staff, input: { fromId: asset.id, toId: asset.id, kind: 'depends_on' } })).rejects.toMatchObject({ code: 'invalid' });
    await linkAssets({ actor: staff, input: { fromId: asset.id, toId: sw.id, kind: 'connected_to' } });
    await expect(linkAssets({ actor: staff, input: { fromId: asset.id, toId: sw.id, kind: 'connected_to' } })).rejects.toMatchObject({ code: 'conflict' });
    await expect(linkAssets({ actor: staff, input: { fromId: sw.id, toId: asset.id, kind: 'connected_to' } })).rejects.toMatchObject({ code: 'conflict' });
    await linkAssets({ actor: staff, input: { fromId: asset.id, toId: sw.id, kind: 'depends_on' } });
    expect(await db.assetRelation.count({ where: { fromId: asset.id } })).toBe(2);

    await unlinkAssets({ actor: staff, input: { fromId: sw.id, toId: asset.id, kind: 'connected_to' } });
    await expect(unlinkAssets({ actor: staff, input: { fromId: sw.id, toId: asset.id, kind: 'connected_to' } })).rejects.toMatchObject({ code: 'not_found' });
    expect(await db.assetRelation.findMany({ where: { fromId: asset.id }, select: { kind: true } })).toEqual([{ kind: 'depends_on' }]);
    expect(await db.auditLog.count({ where: { entityType: 'Asset', action: { in: ['asset.linked', 'asset.unlinked'] }, clientId: client.id } })).toBe(3);
  });

  it('a retired asset gets no new relationships', async () => {
    const { client, staff, asset } = await setup();
    const old = await makeAsset(db, { clientId: client.id, name: 'OLD-SW', class: 'switch' });
    await retireAsset({ actor: staff, assetId: old.id });
    await expect(linkAssets({ actor: staff, input: { fromId: asset.id, toId: old.id, kind: 'connected_to' } })).rejects.toMatchObject({ code: 'invalid' });
    expect(await db.assetRelation.count({ where: { fromId: asset.id } })).toBe(0);
  });

  it('a customer cannot link assets', async () => {
    const { client, customer, asset } = await setup();
    const sw = await makeAsset(db, { clientId: client.id, name: 'SW02', class: 'switch' });
    await expect(linkAssets({ actor: customer, input: { fromId: asset.id, toId: sw.id, kind: 'depends_on' } })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await db.assetRelation.count({ where: { fromId: asset.id } })).toBe(0);
  });
});
