import { z } from 'zod';
import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { CUSTOMER_ROLES, STAFF_ROLES } from '@/lib/auth/roles.ts';
import { notFound } from '@/lib/errors/app-error.ts';
import { attachmentsVisibleTo } from './attachment-scope.ts';
import { attachmentStorage, type AttachmentStorage } from './storage.ts';

export interface AttachmentFile {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

/**
 * An attachment's bytes, after the same visibility check as its ticket: another client's
 * attachment (or one on an internal note, for a customer) is simply not found.
 */
export async function getAttachmentFile(
  options: { actor: Actor | null; attachmentId: string },
  tx: DbTx = db,
  storage: AttachmentStorage = attachmentStorage(),
): Promise<AttachmentFile> {
  const actor = authorize(options.actor, { roles: [...STAFF_ROLES, ...CUSTOMER_ROLES] });
  const id = z.uuid().safeParse(options.attachmentId);
  if (!id.success) throw notFound('The attachment');
  const row = await tx.attachment.findFirst({
    where: { AND: [attachmentsVisibleTo(actor), { id: id.data }] },
    select: { fileName: true, contentType: true, storageKey: true },
  });
  if (!row) throw notFound('The attachment');
  try {
    return { fileName: row.fileName, contentType: row.contentType, bytes: await storage.get(row.storageKey) };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw notFound('The attachment file');
    throw error;
  }
}
