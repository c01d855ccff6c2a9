import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { MANAGER_ROLES } from '@/lib/auth/roles.ts';
import { AppError, notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { formatMoney, money, sumMoney, toCents } from '@/lib/domain/money/decimal.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { lockInvoiceScope } from './invoice-locks.ts';

export const MAX_CREDIT = '1000000.00';

export const addCreditLineSchema = z.object({
  invoiceId: z.uuid('Choose an invoice.'),
  /** the credit as a positive amount; it is stored as a negative line */
  amount: z
    .string({ error: 'Enter the amount to credit.' })
    .trim()
    .regex(/^\d{1,7}(\.\d{1,2})?$/, 'Enter an amount such as 125.50 (at most two decimals).')
    .refine((value) => money(value).greaterThan(0), 'The credit must be more than zero.')
    .refine((value) => money(value).lessThanOrEqualTo(MAX_CREDIT), `At most ${MAX_CREDIT} at once.`),
  reason: z.string({ error: 'Say why the client is credited.' }).trim().min(3, 'Say why the client is credited (at least 3 characters).').max(300, 'Keep the reason under 300 characters.'),
});
export type AddCreditLineInput = z.input<typeof addCreditLineSchema>;

/**
 * A credit line (negative amount, with its reason) on a DRAFT invoice. Issued invoices are
 * never edited: a correction to one is a credit line on the client's next draft, with a reason
 * that names the issued invoice. A run of the month keeps credit lines. The credit cannot take
 * the invoice below zero.
 */
export async function addCreditLine(
  options: { actor: Actor | null; input: AddCreditLineInput; now?: Date },
  database: Db = db,
): Promise<{ lineId: string; total: string }> {
  const actor = authorize(options.actor, { roles: MANAGER_ROLES });
  const input = parseOrThrow(addCreditLineSchema, options.input);
  const now = options.now ?? new Date();
  return database.$transaction(
    async (tx) => {
      const found = await tx.invoice.findUnique({ where: { id: input.invoiceId }, select: { clientId: true } });
      if (!found) throw notFound('The invoice');
      await lockInvoiceScope(tx, found.clientId);
      const invoice = await tx.invoice.findUniqueOrThrow({
        where: { id: input.invoiceId },
        select: { status: true, number: true, total: true, lines: { select: { amount: true } } },
      });
      if (invoice.status !== 'draft') {
        throw new AppError('conflict', `Invoice ${invoice.number} is ${invoice.status} and can no longer change; add the credit to the client’s next draft and name this invoice in the reason.`);
      }
      const credit = money(input.amount);
      const before = toCents(sumMoney(invoice.lines.map((l) => l.amount.toString())));
      const total = toCents(money(before).minus(credit));
      if (money(total).isNegative()) {
        const message = `The credit is more than the invoice total (${formatMoney(before)}).`;
        throw new AppError('invalid', message, { fieldErrors: { amount: [message] } });
      }
      const line = await tx.invoiceLine.create({
        data: {
          invoiceId: input.invoiceId,
          kind: 'credit',
          description: `Credit: ${input.reason}`,
          quantity: '1.000',
          unitPrice: toCents(credit.negated()),
          amount: toCents(credit.negated()),
          createdAt: now,
        },
        select: { id: true },
      });
      await tx.invoice.update({ where: { id: input.invoiceId }, data: { total } });
      await recordAudit(tx, {
        actor,
        action: 'invoice.credit_added',
        entityType: 'Invoice',
        entityId: input.invoiceId,
        clientId: found.clientId,
        before: { total: before },
        after: { total, credit: toCents(credit.negated()), reason: input.reason, lineId: line.id },
      });
      return { lineId: line.id, total };
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}
