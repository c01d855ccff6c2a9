import { z } from 'zod';
import { db, type DbTx } from '@/lib/db/client.ts';
import type { Prisma } from '@/lib/db/generated/client.ts';
import type { InvoiceStatus } from '@/lib/db/generated/enums.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { isCustomerRole, STAFF_ROLES } from '@/lib/auth/roles.ts';
import { clientScopeFor } from '@/lib/db/scope.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { PERIOD_PATTERN, periodDates, periodOf } from '@/lib/domain/invoices/invoice-period.ts';
import { money, sumMoney, toCents } from '@/lib/domain/money/decimal.ts';

export const INVOICE_STATUSES = ['draft', 'issued', 'paid', 'void'] as const satisfies readonly InvoiceStatus[];
/** What a customer ever sees: drafts are work in progress, void ones were withdrawn. */
export const CUSTOMER_VISIBLE_STATUSES = ['issued', 'paid'] as const satisfies readonly InvoiceStatus[];
const PAGE_SIZE = 50;

export const listInvoicesSchema = z.object({
  status: z.enum(INVOICE_STATUSES, { error: 'Choose draft, issued, paid or void.' }).optional(),
  clientId: z.uuid('Choose a client.').optional(),
  period: z.string().regex(PERIOD_PATTERN, 'Give the month as YYYY-MM.').optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
/** Raw filter values (e.g. from a URL); the schema checks them. */
export type ListInvoicesInput = { [K in keyof z.input<typeof listInvoicesSchema>]?: string | number };

export interface InvoiceListItem {
  id: string;
  number: number | null;
  status: InvoiceStatus;
  period: string;
  total: string;
  issuedAt: Date | null;
  paidAt: Date | null;
  client: { id: string; name: string; code: string };
}

/** Invoices newest period first: staff see all, a customer admin only their company's issued and paid ones. */
export async function listInvoices(options: { actor: Actor | null; input: ListInvoicesInput }, tx: DbTx = db) {
  const actor = authorize(options.actor, { roles: ['customer_admin', ...STAFF_ROLES] });
  const input = parseOrThrow(listInvoicesSchema, options.input);
  const visible: Prisma.InvoiceWhereInput = isCustomerRole(actor.role) ? { ...clientScopeFor(actor), status: { in: [...CUSTOMER_VISIBLE_STATUSES] } } : {};
  const where: Prisma.InvoiceWhereInput = {
    AND: [
      visible,
      input.status ? { status: input.status } : {},
      input.clientId ? { clientId: input.clientId } : {},
      input.period ? { periodStart: periodDates(input.period).periodStart } : {},
    ],
  };
  const [rows, count, sums] = await Promise.all([
    tx.invoice.findMany({
      where,
      orderBy: [{ periodStart: 'desc' }, { number: { sort: 'desc', nulls: 'first' } }, { client: { name: 'asc' } }],
      skip: (input.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, number: true, status: true, periodStart: true, total: true, issuedAt: true, paidAt: true, client: { select: { id: true, name: true, code: true } } },
    }),
    tx.invoice.count({ where }),
    tx.invoice.groupBy({ by: ['status'], where, _sum: { total: true }, _count: { _all: true } }),
  ]);
  const items: InvoiceListItem[] = rows.map((row) => ({ ...row, period: periodOf(row.periodStart), total: row.total.toFixed(2) }));
  const byStatus = Object.fromEntries(sums.map((s) => [s.status, { count: s._count._all, total: toCents(money(s._sum.total?.toString() ?? '0')) }])) as Partial<Record<InvoiceStatus, { count: number; total: string }>>;
  const billed = toCents(sumMoney(sums.filter((s) => s.status !== 'void').map((s) => s._sum.total?.toString() ?? '0')));
  return { items, total: count, page: input.page, pageSize: PAGE_SIZE, pageCount: Math.max(1, Math.ceil(count / PAGE_SIZE)), byStatus, billedTotal: billed };
}
