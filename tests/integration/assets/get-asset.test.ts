import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { getAsset } from '@/lib/server/assets/get-asset.ts';
import { linkAssets } from '@/lib/server/assets/link-assets.ts';
import { actorOf, makeAsset, makeClient, makeContract, makeTicket, makeUser } from '@/tests/factories/index.ts';

describe('getAsset', () => {
  it('shows linked tickets, alerts and contracts newest first, and relationships from both sides', async () => {
    const client = await makeClient(db);
    const staff = actorOf(await makeUser(db, { role: 'technician' }));
    const server = await makeAsset(db, { clientId: client.id, name: 'DC01', class: 'server' });
    const ups = await makeAsset(db, { clientId: client.id, name: 'UPS01', class: 'other' });
    const incident = await makeTicket(db, { clientId: client.id, subject: 'Server down after power cut', assetIds: [server.id], createdAt: new Date('2026-03-01T10:00:00Z') });
    const change = await makeTicket(db, { clientId: client.id, type: 'change', subject: 'Add RAM', assetIds: [server.id], createdAt: new Date('2026-04-01T10:00:00Z') });
    const contract = await makeContract(db, { clientId: client.id, kind: 'managed', startsOn: new Date('2026-01-01') });
    await db.contractAsset.create({ data: { contractId: contract.id, assetId: server.id } });
    await db.monitoringAlert.create({
      data: { clientId: client.id, assetId: server.id, source: 'rmm', checkKey: 'disk', severity: 'warning', message: 'Disk 91% full', receivedAt: new Date('2026-05-01T10:00:00Z') },
    });
    await linkAssets({ actor: staff, input: { fromId: server.id, toId: ups.id, kind: 'depends_on' } });

    const view = await getAsset({ actor: staff, assetId: server.id });
    expect(view.history.map((entry) => entry.kind)).toEqual(['alert', 'ticket', 'ticket', 'contract']);
    expect(view.history[1]).toMatchObject({ kind: 'ticket', ticket: { number: change.number, type: 'change' } });
    expect(view.history[2]).toMatchObject({ kind: 'ticket', via: 'linked', ticket: { number: incident.number, subject: 'Server down after power cut', type: 'incident', status: 'new' } });
    expect(view.relationships).toEqual([{ direction: 'outgoing', kind: 'depends_on', other: { id: ups.id, name: 'UPS01', class: 'other', lifecycle: 'active' } }]);

    // the UPS sees the same relationship from the other side
    const upsView = await getAsset({ actor: staff, assetId: ups.id });
    expect(upsView.relationships).toEqual([{ direction: 'incoming', kind: 'depends_on', other: { id: server.id, name: 'DC01', class: 'server', lifecycle: 'active' } }]);
  });

  it('a customer of client B gets not-found for client A’s asset; their own is fine', async () => {
    const clientA = await makeClient(db);
    const clientB = await makeClient(db);
    const assetA = await makeAsset(db, { clientId: clientA.id });
    const customerB = actorOf(await makeUser(db, { role: 'customer_admin', clientId: clientB.id }));
    const customerA = actorOf(await makeUser(db, { role: 'customer_user', clientId: clientA.id }));
    await expect(getAsset({ actor: customerB, assetId: assetA.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(getAsset({ actor: customerA, assetId: assetA.id })).resolves.toMatchObject({ id: assetA.id, notes: null });
  });

  it('a malformed id is not found', async () => {
    const staff = actorOf(await makeUser(db, { role: 'technician' }));
    await expect(getAsset({ actor: staff, assetId: 'not-a-uuid' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
