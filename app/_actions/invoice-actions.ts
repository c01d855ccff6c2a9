'use server';

import { z } from 'zod';
import { action } from '@/app/_lib/action.ts';
import { MANAGER_ROLES } from '@/lib/auth/roles.ts';
import { periodLabel } from '@/lib/domain/invoices/invoice-period.ts';
import { formatMoney } from '@/lib/domain/money/decimal.ts';
import { runInvoices, periodSchema } from '@/lib/server/invoices/run-invoices.ts';
import { issueInvoice, invoiceRefSchema } from '@/lib/server/invoices/issue-invoice.ts';
import { addCreditLine, addCreditLineSchema } from '@/lib/server/invoices/add-credit-line.ts';
import { markInvoicePaid } from '@/lib/server/invoices/mark-invoice-paid.ts';
import { voidInvoice, voidInvoiceSchema } from '@/lib/server/invoices/void-invoice.ts';

const LIST = '/console/invoices';
const detail = (id: string) => [`${LIST}/${id}`, LIST, `/portal/invoices/${id}`, '/portal/invoices'];

export const runInvoicesAction = action(z.object({ period: periodSchema }), { roles: MANAGER_ROLES }, async (input, actor) => {
  const run = await runInvoices({ actor, input: { period: input.period } });
  const { created, updated, unchanged, removed, final } = run.counts;
  const parts = [`${created} new`, `${updated} updated`, `${unchanged} unchanged`, removed ? `${removed} removed (nothing left to bill)` : null, final ? `${final} already issued, left as they are` : null];
  return {
    message: `${periodLabel(input.period)}: ${run.invoices.length} invoice${run.invoices.length === 1 ? '' : 's'} (${parts.filter(Boolean).join(', ')}).`,
    revalidate: [LIST],
  };
});

export const issueInvoiceAction = action(invoiceRefSchema, { roles: MANAGER_ROLES }, async (input, actor) => {
  const issued = await issueInvoice({ actor, input });
  const changed = issued.draftTotal ? ` The draft was brought up to date first (it showed ${formatMoney(issued.draftTotal)}).` : '';
  return { message: `Issued invoice ${issued.number} for ${formatMoney(issued.total)}; ${issued.lockedEntries} time entries are now locked.${changed}`, revalidate: detail(input.invoiceId) };
});

export const addCreditLineAction = action(addCreditLineSchema, { roles: MANAGER_ROLES }, async (input, actor) => {
  const credited = await addCreditLine({ actor, input });
  return { message: `Credit added; the total is now ${formatMoney(credited.total)}.`, revalidate: detail(input.invoiceId) };
});

export const markInvoicePaidAction = action(invoiceRefSchema, { roles: MANAGER_ROLES }, async (input, actor) => {
  const paid = await markInvoicePaid({ actor, input });
  return { message: `Invoice ${paid.number} is marked paid.`, revalidate: detail(input.invoiceId) };
});

export const voidInvoiceAction = action(voidInvoiceSchema, { roles: MANAGER_ROLES }, async (input, actor) => {
  const voided = await voidInvoice({ actor, input });
  return { message: `Invoice ${voided.number} is void. Its time entries stay billed.`, revalidate: detail(input.invoiceId) };
});
