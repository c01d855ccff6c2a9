import { z } from 'zod';
import { db, type DbTx } from '@/lib/db/client.ts';
import type { InvoiceLineKind, InvoiceStatus } from '@/lib/db/generated/enums.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { isCustomerRole, STAFF_ROLES } from '@/lib/auth/roles.ts';
import { clientScopeFor } from '@/lib/db/scope.ts';
import { notFound } from '@/lib/errors/app-error.ts';
import { periodOf } from '@/lib/domain/invoices/invoice-period.ts';
import { CUSTOMER_VISIBLE_STATUSES } from './list-invoices.ts';

export const getInvoiceSchema = z.object({ invoiceId: z.uuid('Choose an invoice.') });

export interface InvoiceLineView {
  id: string;
  kind: InvoiceLineKind;
  description: string;
  quantity: string;
  unitPrice: string;
  amount: string;
  ticketNumber: number | null;
}

export interface InvoiceView {
  id: string;
  number: number | null;
  status: InvoiceStatus;
  period: string;
  periodStart: Date;
  periodEnd: Date;
  total: string;
  issuedAt: Date | null;
  paidAt: Date | null;
  voidedAt: Date | null;
  client: { id: string; name: string; code: string; timezone: string };
  lines: InvoiceLineView[];
  /** time entries attached (locked once issued) */
  entryCount: number;
}

/**
 * One invoice with its lines (and their tickets' numbers). A customer admin reaches only their
 * company's issued or paid invoices: anything else, including another client's, is not found.
 */
export async function getInvoice(options: { actor: Actor | null; input: z.input<typeof getInvoiceSchema> }, tx: DbTx = db): Promise<InvoiceView> {
  const actor = authorize(options.actor, { roles: ['customer_admin', ...STAFF_ROLES] });
  const parsed = getInvoiceSchema.safeParse(options.input);
  // a malformed id is simply an invoice that does not exist
  if (!parsed.success) throw notFound('The invoice');
  const { invoiceId } = parsed.data;
  const invoice = await tx.invoice.findFirst({
    where: { id: invoiceId, ...clientScopeFor(actor), ...(isCustomerRole(actor.role) ? { status: { in: [...CUSTOMER_VISIBLE_STATUSES] } } : {}) },
    select: {
      id: true,
      number: true,
      status: true,
      periodStart: true,
      periodEnd: true,
      total: true,
      issuedAt: true,
      paidAt: true,
      voidedAt: true,
      client: { select: { id: true, name: true, code: true, timezone: true } },
      lines: {
        orderBy: [{ kind: 'asc' }, { ticket: { number: 'asc' } }, { description: 'asc' }],
        select: { id: true, kind: true, description: true, quantity: true, unitPrice: true, amount: true, ticket: { select: { number: true } } },
      },
      _count: { select: { timeEntries: true } },
    },
  });
  if (!invoice) throw notFound('The invoice');
  return {
    ...invoice,
    period: periodOf(invoice.periodStart),
    total: invoice.total.toFixed(2),
    lines: invoice.lines.map((l) => ({
      id: l.id,
      kind: l.kind,
      description: l.description,
      quantity: l.quantity.toFixed(3),
      unitPrice: l.unitPrice.toFixed(2),
      amount: l.amount.toFixed(2),
      ticketNumber: l.ticket?.number ?? null,
    })),
    entryCount: invoice._count.timeEntries,
  };
}
