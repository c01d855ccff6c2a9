import { z } from 'zod';
import type { DbTx } from '@/lib/db/client.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';

const emailSchema = z.object({
  to: z.email('A valid recipient address is needed.'),
  subject: z.string().trim().min(1).max(300),
  text: z.string().min(1).max(100_000),
});

/**
 * Records an e-mail in the caller's transaction (the transactional outbox): it is delivered
 * only if that transaction commits, by the mail job, never twice.
 */
export async function queueEmail(tx: DbTx, email: z.input<typeof emailSchema>): Promise<{ id: string }> {
  const data = parseOrThrow(emailSchema, email);
  return tx.outboundEmail.create({ data, select: { id: true } });
}
