import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { submitRequest } from '@/lib/server/portal/submit-request.ts';
import { getAttachmentFile } from '@/lib/server/attachments/get-attachment-file.ts';
import { attachmentResponse } from '@/lib/server/attachments/attachment-response.ts';
import { listTicketAttachments } from '@/lib/server/attachments/list-ticket-attachments.ts';
import { attachmentStorage, newStorageKey } from '@/lib/server/attachments/storage.ts';
import { actorOf, makeUser } from '@/tests/factories/index.ts';
import { TUESDAY_NOON, twoCompanies } from './portal-world.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'psa-att-'));
  process.env.ATTACHMENTS_DIR = dir; // read once, on first use of the default storage
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function ticketWithFile() {
  const world = await twoCompanies();
  const created = await submitRequest({ actor: world.a.user, input: { kind: 'broken', urgency: 'low', impact: 'just_me', subject: 'See the log', attachments: [{ fileName: 'error.log', bytes: new TextEncoder().encode('E42') }] }, now: TUESDAY_NOON });
  const [file] = await listTicketAttachments({ actor: world.a.user, ticketId: created.id });
  return { ...world, ticketId: created.id, attachmentId: file.id };
}

describe('attachments', () => {
  it('the requester, their admin and staff can list and download; the file keeps its name and safe type', async () => {
    const { a, tech, attachmentId, ticketId } = await ticketWithFile();
    for (const actor of [a.user, a.admin, tech]) {
      const file = await getAttachmentFile({ actor, attachmentId });
      expect(file).toMatchObject({ fileName: 'error.log', contentType: 'text/plain' });
      expect(new TextDecoder().decode(file.bytes)).toBe('E42');
    }
    expect((await listTicketAttachments({ actor: a.admin, ticketId })).map((f) => f.fileName)).toEqual(['error.log']);
  });

  it('another company’s customer, or a colleague the ticket is not shared with, gets not found', async () => {
    const { a, b, attachmentId, ticketId } = await ticketWithFile();
    const colleague = actorOf(await makeUser(db, { role: 'customer_user', clientId: a.clientId }));
    for (const actor of [b.admin, b.user, colleague] as Actor[]) {
      await expect(getAttachmentFile({ actor, attachmentId })).rejects.toMatchObject({ code: 'not_found' });
      await expect(listTicketAttachments({ actor, ticketId })).rejects.toMatchObject({ code: 'not_found' });
    }
    await expect(getAttachmentFile({ actor: null, attachmentId })).rejects.toMatchObject({ code: 'unauthenticated' });
    await expect(getAttachmentFile({ actor: a.user, attachmentId: 'not-a-uuid' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('a file on an internal note reaches staff only', async () => {
    const { a, tech, ticketId } = await ticketWithFile();
    const note = await db.ticketComment.create({ data: { ticketId, authorId: tech.userId, body: 'Vendor quote attached', isInternal: true } });
    const storageKey = newStorageKey();
    await attachmentStorage().put(storageKey, new TextEncoder().encode('secret'));
    const internal = await db.attachment.create({ data: { ticketId, commentId: note.id, fileName: 'quote.txt', contentType: 'text/plain', sizeBytes: 6, storageKey, uploadedById: tech.userId } });
    await expect(getAttachmentFile({ actor: a.admin, attachmentId: internal.id })).rejects.toMatchObject({ code: 'not_found' });
    expect((await listTicketAttachments({ actor: a.admin, ticketId })).map((f) => f.fileName)).toEqual(['error.log']);
    expect((await listTicketAttachments({ actor: tech, ticketId })).map((f) => f.fileName)).toEqual(['error.log', 'quote.txt']);
  });

  it('the download route answers 404 for another company’s file and serves it as a download otherwise', async () => {
    const { a, b, attachmentId } = await ticketWithFile();
    expect((await attachmentResponse(b.user, attachmentId)).status).toBe(404);
    const ok = await attachmentResponse(a.user, attachmentId);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-disposition')).toContain('attachment; filename="error.log"');
    expect(ok.headers.get('content-type')).toBe('text/plain');
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await ok.text()).toBe('E42');
    expect((await attachmentResponse(null, attachmentId)).status).toBe(401);
    expect((await attachmentResponse(a.user, '../../etc/passwd')).status).toBe(404);
  });
});
