import { describe, expect, it } from 'vitest';
import { readdir } from 'node:fs/promises';
import { db } from '@/lib/db/client.ts';
import { submitRequest } from '@/lib/server/portal/submit-request.ts';
import { TUESDAY_NOON, tempStorage, twoCompanies } from './portal-world.ts';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

async function filesIn(storage: Awaited<ReturnType<typeof tempStorage>>) {
  const root = (storage as unknown as { root: string }).root;
  const shards = await readdir(root).catch(() => []);
  return shards.length;
}

describe('submitting a request from the portal', () => {
  it('classifies it, opens it for the customer’s own company through the portal, and stores its files', async () => {
    const { a } = await twoCompanies();
    const storage = await tempStorage();
    const created = await submitRequest(
      {
        actor: a.user,
        input: { kind: 'broken', urgency: 'high', impact: 'team', assetId: a.assetId, subject: 'Scanner down', description: 'Since this morning', attachments: [{ fileName: 'screen.png', bytes: PNG }, { fileName: 'notes.txt', bytes: new TextEncoder().encode('log') }] },
        now: TUESDAY_NOON,
      },
      db,
      storage,
    );
    const ticket = await db.ticket.findUniqueOrThrow({
      where: { id: created.id },
      select: { clientId: true, type: true, priority: true, channel: true, requesterId: true, responseDueAt: true, assets: { select: { assetId: true } }, attachments: { orderBy: { fileName: 'asc' }, select: { fileName: true, contentType: true, sizeBytes: true, storageKey: true, uploadedById: true } }, events: { select: { kind: true, data: true } } },
    });
    expect(ticket).toMatchObject({ clientId: a.clientId, type: 'incident', priority: 'P2', channel: 'portal', requesterId: a.user.userId });
    expect(ticket.responseDueAt).not.toBeNull();
    expect(ticket.assets).toEqual([{ assetId: a.assetId }]);
    expect(ticket.attachments.map((f) => [f.fileName, f.contentType, f.sizeBytes])).toEqual([['notes.txt', 'text/plain', 3], ['screen.png', 'image/png', PNG.length]]);
    expect(ticket.attachments.every((f) => f.uploadedById === a.user.userId && /^[0-9a-f]{2}\/[0-9a-f]{32}$/.test(f.storageKey))).toBe(true);
    expect(await storage.get(ticket.attachments[1].storageKey)).toEqual(PNG);
    expect(ticket.events.find((e) => e.kind === 'request_classified')?.data).toEqual({ kind: 'broken', urgency: 'high', impact: 'team' });
  });

  it('a question is a P4 service request whatever the urgency', async () => {
    const { a } = await twoCompanies();
    const created = await submitRequest({ actor: a.admin, input: { kind: 'question', urgency: 'high', impact: 'company', subject: 'How do I share a calendar?' }, now: TUESDAY_NOON }, db, await tempStorage());
    expect(await db.ticket.findUniqueOrThrow({ where: { id: created.id }, select: { type: true, priority: true } })).toEqual({ type: 'service_request', priority: 'P4' });
  });

  it('another company’s asset is not found, and nothing is created or stored', async () => {
    const { a, b } = await twoCompanies();
    const storage = await tempStorage();
    const before = await db.ticket.count({ where: { clientId: { in: [a.clientId, b.clientId] } } });
    await expect(
      submitRequest({ actor: b.user, input: { kind: 'broken', urgency: 'low', impact: 'just_me', assetId: a.assetId, subject: 'Sneaky', attachments: [{ fileName: 'x.png', bytes: PNG }] } }, db, storage),
    ).rejects.toMatchObject({ code: 'not_found' });
    expect(await db.ticket.count({ where: { clientId: { in: [a.clientId, b.clientId] } } })).toBe(before);
    expect(await filesIn(storage)).toBe(0);
  });

  it('refuses files that are too big, of a type we do not take, or pretending to be images; nothing is kept', async () => {
    const { a } = await twoCompanies();
    const storage = await tempStorage();
    const before = await db.ticket.count({ where: { clientId: a.clientId } });
    const attempt = (fileName: string, bytes: Uint8Array) =>
      submitRequest({ actor: a.user, input: { kind: 'broken', urgency: 'low', impact: 'just_me', subject: 'With a file', attachments: [{ fileName, bytes }] } }, db, storage);
    await expect(attempt('setup.exe', new Uint8Array([0x4d, 0x5a]))).rejects.toMatchObject({ code: 'invalid', fieldErrors: { attachments: [expect.stringContaining('only images, PDFs, text and office documents')] } });
    await expect(attempt('huge.pdf', new Uint8Array(10 * 1024 * 1024 + 1))).rejects.toMatchObject({ code: 'invalid', fieldErrors: { attachments: ['huge.pdf is larger than 10 MB.'] } });
    await expect(attempt('fake.png', new TextEncoder().encode('<script>'))).rejects.toMatchObject({ code: 'invalid', fieldErrors: { attachments: ['fake.png does not look like a PNG file.'] } });
    await expect(attempt('page.svg', new TextEncoder().encode('<svg/>'))).rejects.toMatchObject({ code: 'invalid' });
    expect(await db.ticket.count({ where: { clientId: a.clientId } })).toBe(before);
    expect(await filesIn(storage)).toBe(0);
  });

  it('removes stored files when the ticket cannot be created', async () => {
    const { a } = await twoCompanies();
    await db.client.update({ where: { id: a.clientId }, data: { status: 'offboarded' } });
    const storage = await tempStorage();
    await expect(
      submitRequest({ actor: a.user, input: { kind: 'broken', urgency: 'low', impact: 'just_me', subject: 'Too late', attachments: [{ fileName: 'a.png', bytes: PNG }] } }, db, storage),
    ).rejects.toMatchObject({ code: 'conflict' });
    const root = (storage as unknown as { root: string }).root;
    const shards = await readdir(root);
    for (const shard of shards) expect(await readdir(`${root}/${shard}`)).toEqual([]);
  });

  it('staff use the console, not this portal use case', async () => {
    const { a, tech } = await twoCompanies();
    await expect(submitRequest({ actor: tech, input: { kind: 'broken', urgency: 'low', impact: 'just_me', subject: 'Staff', assetId: a.assetId } })).rejects.toMatchObject({ code: 'forbidden' });
  });
});
