import type { CheckedFile } from './attachment-policy.ts';
import { newStorageKey, type AttachmentStorage } from './storage.ts';

export interface StoredFile {
  fileName: string;
  contentType: string;
  sizeBytes: number;
  storageKey: string;
}

/**
 * Writes checked files under fresh random keys before the database transaction that records
 * them; if that transaction fails the caller removes them with `removeStoredFiles`.
 */
export async function storeFiles(storage: AttachmentStorage, files: CheckedFile[]): Promise<StoredFile[]> {
  const stored: StoredFile[] = [];
  try {
    for (const file of files) {
      const storageKey = newStorageKey();
      await storage.put(storageKey, file.bytes);
      stored.push({ fileName: file.fileName, contentType: file.contentType, sizeBytes: file.bytes.byteLength, storageKey });
    }
    return stored;
  } catch (error) {
    await removeStoredFiles(storage, stored);
    throw error;
  }
}

export async function removeStoredFiles(storage: AttachmentStorage, stored: StoredFile[]): Promise<void> {
  await Promise.all(stored.map((file) => storage.remove(file.storageKey).catch(() => undefined)));
}
