import { createHash } from 'node:crypto';
import { db, type Db } from '@/lib/db/client.ts';
import { joinTransaction } from '@/lib/db/join-transaction.ts';
import { Prisma } from '@/lib/db/generated/client.ts';
import { AppError } from '@/lib/errors/app-error.ts';

export interface ApiResponseRecord {
  status: number;
  body: unknown;
}

export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

/** What makes two requests "the same": method, path and the exact body. */
export function requestFingerprint(method: string, path: string, rawBody: string): string {
  return createHash('sha256').update(`${method.toUpperCase()} ${path}\n${rawBody}`).digest('hex');
}

const toJsonValue = (body: unknown): Prisma.InputJsonValue => JSON.parse(JSON.stringify(body ?? null)) as Prisma.InputJsonValue;

/**
 * Runs a POST at most once per (token, Idempotency-Key). The work and the stored response
 * commit in one transaction; a retry (even a concurrent one, which waits on the key's lock)
 * gets the first response and writes nothing; the same key with another request is a conflict.
 * Failed requests store nothing (they rolled back), so they can be retried with the same key.
 */
export async function runIdempotent(
  options: { tokenId: string; key: string; fingerprint: string; run: (database: Db) => Promise<ApiResponseRecord> },
  database: Db = db,
): Promise<ApiResponseRecord & { isReplay: boolean }> {
  const { tokenId, key, fingerprint } = options;
  if (!key.trim() || key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw new AppError('invalid', `The Idempotency-Key header must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters.`);
  }
  try {
    return await database.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`idempotency:${tokenId}:${key}`}, 0))`;
        const existing = await tx.idempotencyRecord.findUnique({
          where: { tokenId_key: { tokenId, key } },
          select: { requestHash: true, responseStatus: true, responseBody: true },
        });
        if (existing) {
          if (existing.requestHash !== fingerprint) {
            throw new AppError('conflict', 'This Idempotency-Key was already used for a different request.');
          }
          return { status: existing.responseStatus, body: existing.responseBody, isReplay: true };
        }
        const response = await options.run(joinTransaction(tx));
        const body = toJsonValue(response.body);
        await tx.idempotencyRecord.create({
          data: { tokenId, key, requestHash: fingerprint, responseStatus: response.status, responseBody: body },
        });
        return { status: response.status, body, isReplay: false };
      },
      { timeout: 30_000, maxWait: 30_000 },
    );
  } catch (error) {
    // the key's lock makes this unlikely; the primary key still guards it
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('conflict', 'A request with this Idempotency-Key is already being processed; retry it.');
    }
    throw error;
  }
}
