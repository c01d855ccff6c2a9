import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { MANAGER_ROLES } from '@/lib/auth/roles.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { changeInvoiceStatus } from './change-invoice-status.ts';

export const markInvoicePaidSchema = z.object({ invoiceId: z.uuid('Choose an invoice.') });

/** Records that an issued invoice was paid (issued → paid). */
export async function markInvoicePaid(options: { actor: Actor | null; input: z.input<typeof markInvoicePaidSchema>; now?: Date }, database: Db = db) {
  const actor = authorize(options.actor, { roles: MANAGER_ROLES });
  const { invoiceId } = parseOrThrow(markInvoicePaidSchema, options.input);
  const paidAt = options.now ?? new Date();
  return database.$transaction((tx) => changeInvoiceStatus(tx, { actor, invoiceId, from: 'issued', to: 'paid', data: { paidAt } }), { timeout: 30_000, maxWait: 30_000 });
}
