import { z } from 'zod';
import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { PERIOD_PATTERN, periodDates } from '@/lib/domain/invoices/invoice-period.ts';
import { INVOICE_STATUSES } from './list-invoices.ts';

export const exportInvoiceLinesSchema = z.object({
  period: z.string({ error: 'Give the month as YYYY-MM.' }).regex(PERIOD_PATTERN, 'Give the month as YYYY-MM.'),
  /** all but void ones when omitted */
  status: z.enum(INVOICE_STATUSES).optional(),
});

export const EXPORT_COLUMNS = ['invoice number', 'client code', 'period', 'line kind', 'description', 'quantity', 'unit price', 'amount', 'ticket number'] as const;

/** Every line of a month's invoices as rows for the CSV export (staff only), in a stable order. */
/** Raw values from the request's query; the schema checks them. */
export type ExportInvoiceLinesInput = { period?: string; status?: string };

export async function exportInvoiceLines(options: { actor: Actor | null; input: ExportInvoiceLinesInput }, tx: DbTx = db): Promise<string[][]> {
  authorize(options.actor, { roles: STAFF_ROLES });
  const input = parseOrThrow(exportInvoiceLinesSchema, options.input);
  const lines = await tx.invoiceLine.findMany({
    where: { invoice: { periodStart: periodDates(input.period).periodStart, status: input.status ?? { not: 'void' } } },
    orderBy: [{ invoice: { client: { code: 'asc' } } }, { kind: 'asc' }, { ticket: { number: 'asc' } }, { description: 'asc' }],
    select: {
      kind: true,
      description: true,
      quantity: true,
      unitPrice: true,
      amount: true,
      ticket: { select: { number: true } },
      invoice: { select: { number: true, client: { select: { code: true } } } },
    },
  });
  return lines.map((l) => [
    l.invoice.number === null ? '' : String(l.invoice.number),
    l.invoice.client.code,
    input.period,
    l.kind,
    l.description,
    l.quantity.toFixed(3),
    l.unitPrice.toFixed(2),
    l.amount.toFixed(2),
    l.ticket ? String(l.ticket.number) : '',
  ]);
}
