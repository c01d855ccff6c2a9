import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { runInvoices } from '@/lib/server/invoices/run-invoices.ts';
import { issueInvoice } from '@/lib/server/invoices/issue-invoice.ts';
import { addCreditLine } from '@/lib/server/invoices/add-credit-line.ts';
import { markInvoicePaid } from '@/lib/server/invoices/mark-invoice-paid.ts';
import { voidInvoice } from '@/lib/server/invoices/void-invoice.ts';
import { makeUser } from '@/tests/factories/index.ts';
import { invoiceOf, logAt, retainerClient, staff, tmClient } from './invoice-fixtures.ts';

async function currentDecision(entryId: string) {
  return db.billingDecision.findFirstOrThrow({ where: { timeEntryId: entryId, isCurrent: true }, select: { id: true, outcome: true, retainerUnits: true } });
}

describe('issueInvoice', () => {
  it('numbers the invoice, locks its entries, audits and e-mails the customer admins; later back-dated work re-decides nothing locked', async () => {
    const { manager, tech } = await staff();
    const r = await retainerClient(4, new Date('2032-01-01T09:00:00Z'));
    const admin = await makeUser(db, { role: 'customer_admin', clientId: r.client.id });
    const later = await logAt(tech, r.ticket.id, '2032-01-20T10:00:00Z', 60); // draws all 4 units
    expect(later.decision.outcome).toBe('retainer');
    const lockedDecision = await currentDecision(later.entryId);

    await runInvoices({ actor: manager, input: { period: '2032-01', clientIds: [r.client.id] } });
    const draft = await invoiceOf(r.client.id, '2032-01');
    const issued = await issueInvoice({ actor: manager, input: { invoiceId: draft!.id } });
    expect(issued.number).toBeGreaterThan(0);
    const invoice = await db.invoice.findUniqueOrThrow({ where: { id: draft!.id }, select: { status: true, number: true, issuedAt: true } });
    expect(invoice).toMatchObject({ status: 'issued', number: issued.number });
    const entry = await db.timeEntry.findUniqueOrThrow({ where: { id: later.entryId }, select: { lockedAt: true, invoiceId: true } });
    expect(entry.invoiceId).toBe(draft!.id);
    expect(entry.lockedAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { entityId: draft!.id, action: 'invoice.issued' } })).toBe(1);
    expect(await db.outboundEmail.count({ where: { to: admin.email, subject: { contains: `Invoice ${issued.number}` } } })).toBe(1);

    // earlier work typed afterwards would take the units first and turn the issued entry into
    // overage, were that entry not locked: its decision row stays current and unchanged
    const backDated = await logAt(tech, r.ticket.id, '2032-01-05T10:00:00Z', 90);
    expect(await currentDecision(later.entryId)).toEqual(lockedDecision);
    expect(backDated.decision.parts.some((part) => part.outcome === 'billable')).toBe(true);
    const unlocked = await db.timeEntry.findUniqueOrThrow({ where: { id: backDated.entryId }, select: { lockedAt: true, invoiceId: true } });
    expect(unlocked).toEqual({ lockedAt: null, invoiceId: null });

    // the issued invoice never changes again: runs skip it, credits are refused
    const rerun = await runInvoices({ actor: manager, input: { period: '2032-01', clientIds: [r.client.id] } });
    expect(rerun.counts.final).toBe(1);
    await expect(addCreditLine({ actor: manager, input: { invoiceId: draft!.id, amount: '10.00', reason: 'Goodwill' } })).rejects.toMatchObject({ code: 'conflict' });
    await expect(issueInvoice({ actor: manager, input: { invoiceId: draft!.id } })).rejects.toMatchObject({ code: 'conflict' });

    // the late entry is billed on the next month's invoice, marked as late
    await runInvoices({ actor: manager, input: { period: '2032-02', clientIds: [r.client.id] } });
    const next = await invoiceOf(r.client.id, '2032-02');
    expect(next!.lines.map((l) => l.description).join()).toContain('late work from January 2032');
    expect((await db.timeEntry.findUniqueOrThrow({ where: { id: backDated.entryId } })).invoiceId).toBe(next!.id);
  });

  it('a credit line reduces the total exactly and survives a new run', async () => {
    const { manager, tech } = await staff();
    const c = await tmClient();
    await logAt(tech, c.ticket.id, '2032-03-10T15:00:00Z', 60);
    await runInvoices({ actor: manager, input: { period: '2032-03', clientIds: [c.client.id] } });
    const draft = await invoiceOf(c.client.id, '2032-03');
    expect(draft!.total.toFixed(2)).toBe('150.00');

    const credited = await addCreditLine({ actor: manager, input: { invoiceId: draft!.id, amount: '33.33', reason: 'Slow response on #1' } });
    expect(credited.total).toBe('116.67');
    const after = await invoiceOf(c.client.id, '2032-03');
    expect(after!.total.toFixed(2)).toBe('116.67');
    expect(after!.lines.find((l) => l.kind === 'credit')!.amount.toFixed(2)).toBe('-33.33');

    await runInvoices({ actor: manager, input: { period: '2032-03', clientIds: [c.client.id] } });
    expect((await invoiceOf(c.client.id, '2032-03'))!.total.toFixed(2)).toBe('116.67');

    const tooMuch = addCreditLine({ actor: manager, input: { invoiceId: draft!.id, amount: '116.68', reason: 'Too much' } });
    await expect(tooMuch).rejects.toMatchObject({ code: 'invalid' });
    await expect(addCreditLine({ actor: manager, input: { invoiceId: draft!.id, amount: '-5', reason: 'Negative' } })).rejects.toMatchObject({ code: 'invalid' });
    expect((await invoiceOf(c.client.id, '2032-03'))!.lines).toHaveLength(2);
  });

  it('numbers stay gapless and unique when ten invoices are issued at once', async () => {
    const { manager, tech } = await staff();
    const clients = await Promise.all(Array.from({ length: 10 }, () => tmClient()));
    for (const c of clients) await logAt(tech, c.ticket.id, '2032-04-14T15:00:00Z', 30);
    await runInvoices({ actor: manager, input: { period: '2032-04', clientIds: clients.map((c) => c.client.id) } });
    const drafts = await Promise.all(clients.map((c) => invoiceOf(c.client.id, '2032-04')));

    const issued = await Promise.all(drafts.map((d) => issueInvoice({ actor: manager, input: { invoiceId: d!.id } })));
    const numbers = issued.map((i) => i.number).sort((x, y) => x - y);
    expect(new Set(numbers).size).toBe(10);
    expect(numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1)).toBe(true);
    const counter = await db.invoiceCounter.findUniqueOrThrow({ where: { id: 1 } });
    expect(counter.lastNumber).toBe(numbers[9]);
  });

  it('moves issued invoices to paid or void, and only from issued', async () => {
    const { manager, tech } = await staff();
    const [one, two] = [await tmClient(), await tmClient()];
    for (const c of [one, two]) await logAt(tech, c.ticket.id, '2032-05-14T15:00:00Z', 30);
    await runInvoices({ actor: manager, input: { period: '2032-05', clientIds: [one.client.id, two.client.id] } });
    const [a, b] = [await invoiceOf(one.client.id, '2032-05'), await invoiceOf(two.client.id, '2032-05')];
    await expect(markInvoicePaid({ actor: manager, input: { invoiceId: a!.id } })).rejects.toMatchObject({ code: 'conflict' });
    await issueInvoice({ actor: manager, input: { invoiceId: a!.id } });
    await issueInvoice({ actor: manager, input: { invoiceId: b!.id } });
    await markInvoicePaid({ actor: manager, input: { invoiceId: a!.id } });
    await voidInvoice({ actor: manager, input: { invoiceId: b!.id, reason: 'Sent in error' } });
    expect((await invoiceOf(one.client.id, '2032-05'))!.status).toBe('paid');
    expect((await invoiceOf(two.client.id, '2032-05'))!.status).toBe('void');
    await expect(voidInvoice({ actor: manager, input: { invoiceId: a!.id, reason: 'Paid already' } })).rejects.toMatchObject({ code: 'conflict' });
    // void unlocks nothing: its entries stay billed
    const entry = await db.timeEntry.findFirstOrThrow({ where: { clientId: two.client.id } });
    expect(entry.invoiceId).toBe(b!.id);
    expect(entry.lockedAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { entityId: b!.id, action: 'invoice.void' } })).toBe(1);
  });
});
