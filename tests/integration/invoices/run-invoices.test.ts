import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { runInvoices } from '@/lib/server/invoices/run-invoices.ts';
import { actorOf, makeApprovedEstimate, makeCalendar, makeClient, makeContract, makeTicket, makeTier, makeUser } from '@/tests/factories/index.ts';
import { invoiceOf, logAt, retainerClient, snapshot, staff, tmClient } from './invoice-fixtures.ts';

describe('runInvoices', () => {
  it('run twice gives the same invoices (ids, lines, totals) and no entry on two invoices', async () => {
    const { manager, tech } = await staff();
    const a = await tmClient();
    const b = await tmClient();
    const other = await makeTicket(db, { clientId: a.client.id, subject: 'VPN drops' });
    for (const start of ['2031-05-05T14:00:00Z', '2031-05-06T14:00:00Z', '2031-05-07T14:00:00Z']) await logAt(tech, a.ticket.id, start, 20);
    await logAt(tech, other.id, '2031-05-08T14:00:00Z', 45);
    await logAt(tech, other.id, '2031-05-09T14:00:00Z', 60, 'onsite');
    // 22:00 on 31 May in New York: May's work, although it is June in UTC
    await logAt(tech, a.ticket.id, '2031-06-01T02:00:00Z', 30);
    // 22:00 on 30 April in New York: not May's
    await logAt(tech, a.ticket.id, '2031-05-01T02:00:00Z', 30);
    await logAt(tech, b.ticket.id, '2031-05-12T15:00:00Z', 90);

    const first = await runInvoices({ actor: manager, input: { period: '2031-05' } });
    expect(first.counts.created).toBeGreaterThanOrEqual(2);
    const before = [await snapshot(a.client.id, '2031-05'), await snapshot(b.client.id, '2031-05')];
    expect(before[0]).not.toBeNull();
    expect(before[0]!.total).toBe('512.50'); // 1 h + 0.75 h + 0.5 h at 150, 1 h onsite at 175
    expect(before[1]!.total).toBe('225.00');

    const second = await runInvoices({ actor: manager, input: { period: '2031-05' } });
    expect(second.counts.created).toBe(0);
    expect(second.counts.updated).toBe(0);
    expect([await snapshot(a.client.id, '2031-05'), await snapshot(b.client.id, '2031-05')]).toEqual(before);

    const entries = await db.timeEntry.findMany({ where: { clientId: { in: [a.client.id, b.client.id] } }, select: { startedAt: true, invoiceId: true, clientId: true } });
    for (const entry of entries) {
      const isApril = entry.startedAt.toISOString() === '2031-05-01T02:00:00.000Z';
      expect(entry.invoiceId).toBe(isApril ? null : entry.clientId === a.client.id ? before[0]!.id : before[1]!.id);
    }
    const lines = await db.invoiceLine.count({ where: { invoiceId: { in: [before[0]!.id, before[1]!.id] } } });
    expect(lines).toBe(before[0]!.lines.length + before[1]!.lines.length);
  });

  it('a run killed halfway, then run again, invoices every client exactly once', async () => {
    const { manager, tech } = await staff();
    const clients = await Promise.all(Array.from({ length: 5 }, () => tmClient()));
    for (const c of clients) await logAt(tech, c.ticket.id, '2031-07-10T15:00:00Z', 60);
    const clientIds = clients.map((c) => c.client.id);

    await expect(runInvoices({ actor: manager, input: { period: '2031-07', clientIds }, failAfterClients: 2 })).rejects.toThrow(/simulated crash/);
    expect(await db.invoice.count({ where: { clientId: { in: clientIds } } })).toBe(2);

    const rerun = await runInvoices({ actor: manager, input: { period: '2031-07', clientIds } });
    expect(rerun.counts).toMatchObject({ created: 3, unchanged: 2 });
    const invoices = await db.invoice.findMany({ where: { clientId: { in: clientIds } }, select: { id: true, clientId: true, total: true } });
    expect(invoices.map((i) => i.clientId).sort()).toEqual([...clientIds].sort());
    expect(invoices.every((i) => i.total.toFixed(2) === '150.00')).toBe(true);
    const entries = await db.timeEntry.findMany({ where: { clientId: { in: clientIds } }, select: { clientId: true, invoiceId: true } });
    for (const entry of entries) expect(entry.invoiceId).toBe(invoices.find((i) => i.clientId === entry.clientId)!.id);
  });

  it('totals are exact decimals: three 20-minute entries at 150.00 bill 150.00', async () => {
    const { manager, tech } = await staff();
    const c = await tmClient({ timezone: 'UTC' });
    for (const day of ['03', '04', '05']) await logAt(tech, c.ticket.id, `2031-08-${day}T10:00:00Z`, 20);
    await runInvoices({ actor: manager, input: { period: '2031-08', clientIds: [c.client.id] } });
    const invoice = await invoiceOf(c.client.id, '2031-08');
    expect(invoice!.lines).toHaveLength(1);
    expect(invoice!.lines[0]).toMatchObject({ kind: 'time', description: `#${c.ticket.number} Printer jams` });
    expect(invoice!.lines[0].quantity.toFixed(3)).toBe('1.000');
    expect(invoice!.lines[0].unitPrice.toFixed(2)).toBe('150.00');
    expect(invoice!.lines[0].amount.toFixed(2)).toBe('150.00');
    expect(invoice!.total.toFixed(2)).toBe('150.00');
  });

  it('bills recurring fees, after-hours time, retainer purchases, overage and approved flat fees once', async () => {
    const { manager, tech } = await staff();
    const managed = await makeClient(db, { timezone: 'UTC' });
    const tier = await makeTier(db, { calendarId: (await makeCalendar(db)).id });
    await makeContract(db, { clientId: managed.id, kind: 'managed', tierId: tier.id, monthlyFee: '900.00', number: `AG-FEE-${managed.code}` });
    const incident = await makeTicket(db, { clientId: managed.id, subject: 'Server down' });
    await logAt(tech, incident.id, '2031-09-06T10:00:00Z', 40); // a Saturday: after hours at 225.00
    const project = await makeTicket(db, { clientId: managed.id, type: 'change', subject: 'New firewall' });
    await makeApprovedEstimate(db, { ticketId: project.id, clientId: managed.id, requestedById: tech.userId, amount: '1250.00' });
    await logAt(tech, project.id, '2031-09-09T10:00:00Z', 120); // billed by the flat fee, not by the hour

    const retainer = await retainerClient(4, new Date('2031-09-01T09:00:00Z'));
    await logAt(tech, retainer.ticket.id, '2031-09-02T10:00:00Z', 90); // 6 units: 4 drawn, 2 overage

    await runInvoices({ actor: manager, input: { period: '2031-09', clientIds: [managed.id, retainer.client.id] } });
    const m = await invoiceOf(managed.id, '2031-09');
    const figures = m!.lines.map((l) => [l.kind, l.quantity.toFixed(3), l.unitPrice.toFixed(2), l.amount.toFixed(2)]);
    expect(figures).toEqual([
      ['recurring_fee', '1.000', '900.00', '900.00'],
      ['time', '0.667', '225.00', '150.00'],
      ['flat_fee', '1.000', '1250.00', '1250.00'],
    ]);
    expect(m!.lines[1].description).toContain('after hours');
    expect(m!.total.toFixed(2)).toBe('2300.00');

    const r = await invoiceOf(retainer.client.id, '2031-09');
    expect(r!.lines.map((l) => [l.kind, l.quantity.toFixed(3), l.unitPrice.toFixed(2), l.amount.toFixed(2)])).toEqual([
      ['retainer_purchase', '4.000', '25.00', '100.00'],
      ['overage', '0.500', '120.00', '60.00'],
    ]);
    expect(r!.lines[1].description).toMatch(/^Retainer overage: #/);

    // the next month bills the fee again, but neither the flat fee nor September's work
    await runInvoices({ actor: manager, input: { period: '2031-10', clientIds: [managed.id, retainer.client.id] } });
    const next = await invoiceOf(managed.id, '2031-10');
    expect(next!.lines.map((l) => l.kind)).toEqual(['recurring_fee']);
    expect(await invoiceOf(retainer.client.id, '2031-10')).toBeNull();
  });

  it('lets only account managers and admins run invoices', async () => {
    const tech = actorOf(await makeUser(db, { role: 'technician' }));
    await expect(runInvoices({ actor: tech, input: { period: '2031-05' } })).rejects.toMatchObject({ code: 'forbidden' });
    const { manager } = await staff();
    await expect(runInvoices({ actor: manager, input: { period: '2031-13' } })).rejects.toMatchObject({ code: 'invalid' });
  });
});
