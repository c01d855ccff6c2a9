import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { runInvoices } from '@/lib/server/invoices/run-invoices.ts';
import { issueInvoice } from '@/lib/server/invoices/issue-invoice.ts';
import { getInvoice } from '@/lib/server/invoices/get-invoice.ts';
import { listInvoices } from '@/lib/server/invoices/list-invoices.ts';
import { renderInvoicePdf } from '@/lib/server/invoices/render-invoice-pdf.tsx';
import { exportInvoiceLines } from '@/lib/server/invoices/export-invoice-lines.ts';
import { addCreditLine } from '@/lib/server/invoices/add-credit-line.ts';
import { actorOf, makeUser } from '@/tests/factories/index.ts';
import { invoiceOf, logAt, staff, tmClient } from './invoice-fixtures.ts';

async function twoClientsWithIssuedInvoices() {
  const { manager, tech } = await staff();
  const a = await tmClient({ customerAdmin: true });
  const b = await tmClient({ customerAdmin: true });
  for (const c of [a, b]) await logAt(tech, c.ticket.id, '2032-06-10T15:00:00Z', 60);
  await runInvoices({ actor: manager, input: { period: '2032-06', clientIds: [a.client.id, b.client.id] } });
  const invoiceA = (await invoiceOf(a.client.id, '2032-06'))!;
  const invoiceB = (await invoiceOf(b.client.id, '2032-06'))!;
  await issueInvoice({ actor: manager, input: { invoiceId: invoiceA.id } });
  return { manager, a, b, invoiceA, invoiceB };
}

describe('invoice access', () => {
  it('a customer admin of client B cannot get client A’s invoice or its PDF; a customer user is forbidden', async () => {
    const { a, b, invoiceA } = await twoClientsWithIssuedInvoices();
    await expect(getInvoice({ actor: b.admin, input: { invoiceId: invoiceA.id } })).rejects.toMatchObject({ code: 'not_found' });
    await expect(renderInvoicePdf({ actor: b.admin, invoiceId: invoiceA.id })).rejects.toMatchObject({ code: 'not_found', httpStatus: 404 });
    const listedForB = await listInvoices({ actor: b.admin, input: { clientId: a.client.id } });
    expect(listedForB.items).toEqual([]);

    const user = actorOf(await makeUser(db, { role: 'customer_user', clientId: a.client.id }));
    await expect(getInvoice({ actor: user, input: { invoiceId: invoiceA.id } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(renderInvoicePdf({ actor: user, invoiceId: invoiceA.id })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(listInvoices({ actor: user, input: {} })).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('a customer admin sees their own issued invoice and its PDF, but not drafts', async () => {
    const { a, b, invoiceA, invoiceB } = await twoClientsWithIssuedInvoices();
    const own = await getInvoice({ actor: a.admin, input: { invoiceId: invoiceA.id } });
    expect(own).toMatchObject({ id: invoiceA.id, status: 'issued', total: '150.00' });
    expect(own.lines[0].ticketNumber).toBe(a.ticket.number);
    const pdf = await renderInvoicePdf({ actor: a.admin, invoiceId: invoiceA.id });
    expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(pdf.fileName).toMatch(/^invoice-\d+\.pdf$/);
    // B's invoice is still a draft: not visible to B's admin
    await expect(getInvoice({ actor: b.admin, input: { invoiceId: invoiceB.id } })).rejects.toMatchObject({ code: 'not_found' });
    const listed = await listInvoices({ actor: a.admin, input: {} });
    expect(listed.items.map((i) => i.id)).toEqual([invoiceA.id]);
    await expect(getInvoice({ actor: a.admin, input: { invoiceId: 'not-a-uuid' } })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('exports lines for staff only, and customers cannot add credits', async () => {
    const { manager, a, invoiceA, invoiceB } = await twoClientsWithIssuedInvoices();
    const rows = await exportInvoiceLines({ actor: manager, input: { period: '2032-06' } });
    const ownRows = rows.filter((row) => row[1] === a.client.code);
    expect(ownRows).toHaveLength(1);
    expect(ownRows[0].slice(2)).toEqual(['2032-06', 'time', `#${a.ticket.number} Printer jams`, '1.000', '150.00', '150.00', String(a.ticket.number)]);
    await expect(exportInvoiceLines({ actor: a.admin, input: { period: '2032-06' } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(addCreditLine({ actor: a.admin, input: { invoiceId: invoiceB.id, amount: '1.00', reason: 'Please' } })).rejects.toMatchObject({ code: 'forbidden' });
    expect(invoiceA.id).not.toBe(invoiceB.id);
  });
});
