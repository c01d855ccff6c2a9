import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { DiskAttachmentStorage } from './disk-storage.ts';

/**
 * Where attachment bytes live. The app keeps only a random key in the database; a disk folder
 * serves one machine, and an object store behind this same interface serves several.
 */
export interface AttachmentStorage {
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Uint8Array>;
  /** removing a key that is not there is not an error */
  remove(key: string): Promise<void>;
}

/** A fresh random key: a two-character shard folder and 32 hex characters. */
export function newStorageKey(): string {
  const hex = randomBytes(16).toString('hex');
  return `${hex.slice(0, 2)}/${hex}`;
}

let configured: AttachmentStorage | null = null;

/** The storage for this process: `ATTACHMENTS_DIR`, else `<PSA_DATA_DIR or .data>/attachments`. */
export function attachmentStorage(): AttachmentStorage {
  configured ??= new DiskAttachmentStorage(
    process.env.ATTACHMENTS_DIR ?? path.join(process.env.PSA_DATA_DIR ?? '.data', 'attachments'),
  );
  return configured;
}
