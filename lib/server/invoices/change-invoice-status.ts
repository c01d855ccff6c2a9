import type { DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import type { InvoiceStatus } from '@/lib/db/generated/enums.ts';
import { AppError, notFound } from '@/lib/errors/app-error.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { lockInvoiceScope } from './invoice-locks.ts';

/**
 * Moves an invoice from one status to the next under the client's invoice lock, conditionally
 * (two clicks cannot both succeed), with its audit record.
 */
export async function changeInvoiceStatus(
  tx: DbTx,
  input: { actor: Actor; invoiceId: string; from: InvoiceStatus; to: InvoiceStatus; data: { paidAt?: Date; voidedAt?: Date }; note?: string },
): Promise<{ id: string; number: number | null; clientId: string }> {
  const found = await tx.invoice.findUnique({ where: { id: input.invoiceId }, select: { clientId: true } });
  if (!found) throw notFound('The invoice');
  await lockInvoiceScope(tx, found.clientId);
  const invoice = await tx.invoice.findUniqueOrThrow({ where: { id: input.invoiceId }, select: { status: true, number: true, total: true } });
  if (invoice.status !== input.from) {
    throw new AppError('conflict', `This invoice is ${invoice.status}; only ${input.from} invoices can be marked ${input.to}.`);
  }
  await tx.invoice.update({ where: { id: input.invoiceId }, data: { status: input.to, ...input.data } });
  await recordAudit(tx, {
    actor: input.actor,
    action: `invoice.${input.to}`,
    entityType: 'Invoice',
    entityId: input.invoiceId,
    clientId: found.clientId,
    before: { status: invoice.status },
    after: { status: input.to, number: invoice.number, total: invoice.total, ...input.data, ...(input.note ? { note: input.note } : {}) },
  });
  return { id: input.invoiceId, number: invoice.number, clientId: found.clientId };
}
