import { db } from '@/lib/db/client.ts';
import { logTime } from '@/lib/server/time/log-time.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import type { WorkMode } from '@/lib/db/generated/enums.ts';
import { actorOf, makeClient, makeContract, makeTicket, makeUser } from '@/tests/factories/index.ts';

// the issue use case nudges the mail job after commit; no job queue in these tests
process.env.JOBS_DISABLED = 'true';

export async function staff() {
  const manager = actorOf(await makeUser(db, { role: 'account_manager' }));
  const tech = actorOf(await makeUser(db, { role: 'technician' }));
  return { manager, tech };
}

/** A time-and-materials client: every minute billable at 150.00 (onsite 175.00). */
export async function tmClient(options: { timezone?: string; customerAdmin?: boolean } = {}) {
  const client = await makeClient(db, { timezone: options.timezone ?? 'America/New_York' });
  const contract = await makeContract(db, { clientId: client.id, kind: 'time_and_materials', standardRate: '150.00' });
  await db.contract.update({ where: { id: contract.id }, data: { onsiteRate: '175.00' } });
  const ticket = await makeTicket(db, { clientId: client.id, subject: 'Printer jams' });
  const admin = options.customerAdmin ? await makeUser(db, { role: 'customer_admin', clientId: client.id }) : null;
  return { client, contract, ticket, admin: admin ? actorOf(admin) : null };
}

/** A retainer client with `units` bought, recorded (sold) at `recordedAt`. */
export async function retainerClient(units: number, recordedAt: Date) {
  const client = await makeClient(db, { timezone: 'Europe/London' });
  const contract = await makeContract(db, { clientId: client.id, kind: 'retainer', standardRate: '100.00', overageRate: '120.00' });
  // sold (recorded) in the invoiced month: the ledger row's createdAt decides the invoice
  const purchase = await db.retainerLedgerEntry.create({
    data: { contractId: contract.id, clientId: client.id, kind: 'purchase', units, effectiveAt: recordedAt, createdAt: recordedAt, note: 'Block' },
  });
  const ticket = await makeTicket(db, { clientId: client.id, subject: 'Mail server' });
  return { client, contract, ticket, purchaseId: purchase.id };
}

export async function logAt(tech: Actor, ticketId: string, startIso: string, minutes: number, mode: WorkMode = 'remote') {
  const startedAt = new Date(startIso);
  return logTime({ actor: tech, input: { ticketId, startedAt, endedAt: new Date(startedAt.getTime() + minutes * 60_000), mode } });
}

export async function invoiceOf(clientId: string, period: string) {
  return db.invoice.findUnique({
    where: { clientId_periodStart: { clientId, periodStart: new Date(`${period}-01T00:00:00Z`) } },
    select: {
      id: true,
      status: true,
      number: true,
      total: true,
      lines: { orderBy: [{ kind: 'asc' }, { description: 'asc' }], select: { id: true, kind: true, description: true, quantity: true, unitPrice: true, amount: true } },
    },
  });
}

/** Comparable snapshot of an invoice: ids, lines and total as strings. */
export async function snapshot(clientId: string, period: string) {
  const invoice = await invoiceOf(clientId, period);
  if (!invoice) return null;
  return {
    id: invoice.id,
    status: invoice.status,
    total: invoice.total.toFixed(2),
    lines: invoice.lines.map((l) => `${l.id}|${l.kind}|${l.description}|${l.quantity.toFixed(3)}|${l.unitPrice.toFixed(2)}|${l.amount.toFixed(2)}`),
  };
}
