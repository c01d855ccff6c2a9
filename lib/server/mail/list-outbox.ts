import { z } from 'zod';
import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';

const outboxSchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1) });
const PAGE_SIZE = 50;

/** Every e-mail the app sent or holds, newest first: the development outbox. */
export async function listOutbox(options: { actor: Actor | null; input: z.input<typeof outboxSchema> }, tx: DbTx = db) {
  authorize(options.actor, { roles: ['admin'] });
  const { page } = parseOrThrow(outboxSchema, options.input);
  const [items, total] = await Promise.all([
    tx.outboundEmail.findMany({ orderBy: { createdAt: 'desc' }, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
    tx.outboundEmail.count(),
  ]);
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), pageSize: PAGE_SIZE };
}
