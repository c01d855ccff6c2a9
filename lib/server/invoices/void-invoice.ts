import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { MANAGER_ROLES } from '@/lib/auth/roles.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { changeInvoiceStatus } from './change-invoice-status.ts';

export const voidInvoiceSchema = z.object({
  invoiceId: z.uuid('Choose an invoice.'),
  reason: z.string({ error: 'Say why the invoice is void.' }).trim().min(3, 'Say why the invoice is void (at least 3 characters).').max(300, 'Keep the reason under 300 characters.'),
});

/**
 * Voids an issued invoice (issued → void): it is kept, with its number, so numbering stays
 * gapless. Voiding unlocks nothing: its time entries stay billed and locked, its flat fees stay
 * invoiced, and the month gets no second invoice. Use it for an invoice that should not be paid
 * at all; to correct amounts, add a credit line to the client's next draft instead.
 */
export async function voidInvoice(options: { actor: Actor | null; input: z.input<typeof voidInvoiceSchema>; now?: Date }, database: Db = db) {
  const actor = authorize(options.actor, { roles: MANAGER_ROLES });
  const input = parseOrThrow(voidInvoiceSchema, options.input);
  const voidedAt = options.now ?? new Date();
  return database.$transaction(
    (tx) => changeInvoiceStatus(tx, { actor, invoiceId: input.invoiceId, from: 'issued', to: 'void', data: { voidedAt }, note: input.reason }),
    { timeout: 30_000, maxWait: 30_000 },
  );
}
