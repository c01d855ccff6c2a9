import type { DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { clientMonthBounds } from '@/lib/domain/billing/period.ts';
import { periodDates, previousPeriod } from '@/lib/domain/invoices/invoice-period.ts';
import { money, sumMoney, toCents } from '@/lib/domain/money/decimal.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { computeLineDrafts, lineKey, type LineDraft, type LineScope } from './invoice-lines.ts';
import { lockInvoiceScope } from './invoice-locks.ts';

export type BuildChange = 'created' | 'updated' | 'unchanged' | 'removed' | 'nothing' | 'final';

export interface BuiltInvoice {
  clientId: string;
  /** null when there is nothing to bill (no invoice, or the draft was removed) */
  invoiceId: string | null;
  change: BuildChange;
  total: string;
  lineCount: number;
}

const lineSelect = { kind: true, description: true, quantity: true, unitPrice: true, amount: true, contractId: true, ticketId: true, estimateId: true } as const;

/**
 * Builds (or rebuilds) one client's draft invoice for a month, inside the caller's transaction:
 * the run's lines are replaced, credit lines kept, and the month's un-invoiced time entries
 * attached to the draft (so issuing locks them). Issued, paid and void invoices are never
 * touched. Rebuilding what has not changed writes nothing, so ids and lines stay the same.
 *
 * Late work: entries back-dated into the previous month after its invoice was issued are billed
 * on this month's invoice, marked as late. Entries can sit on one invoice only.
 */
export async function buildClientInvoice(
  tx: DbTx,
  input: {
    clientId: string;
    period: string;
    actor: Pick<Actor, 'userId'> | null;
    now: Date;
    /** the run's drafts can be rebuilt, so their commit need not wait for the disk (see lockInvoiceScope) */
    isRebuildable?: boolean;
  },
): Promise<BuiltInvoice> {
  const { clientId, period } = input;
  await lockInvoiceScope(tx, clientId, { relaxCommit: input.isRebuildable });
  const { periodStart, periodEnd } = periodDates(period);
  const latePeriod = previousPeriod(period);
  const [header] = await tx.$queryRaw<{ timezone: string; invoiceId: string | null; status: string | null; total: string | null; previousStatus: string | null }[]>`
    SELECT c.timezone, cur.id AS "invoiceId", cur.status::text AS status, cur.total::text AS total, prev.status::text AS "previousStatus"
    FROM "Client" c
    LEFT JOIN "Invoice" cur ON cur."clientId" = c.id AND cur."periodStart" = ${periodStart.toISOString().slice(0, 10)}::date
    LEFT JOIN "Invoice" prev ON prev."clientId" = c.id AND prev."periodStart" = ${periodDates(latePeriod).periodStart.toISOString().slice(0, 10)}::date
    WHERE c.id = ${clientId}::uuid`;
  if (!header) throw new Error(`No client ${clientId}`);
  if (header.invoiceId && header.status !== 'draft') {
    const lineCount = await tx.invoiceLine.count({ where: { invoiceId: header.invoiceId } });
    return { clientId, invoiceId: header.invoiceId, change: 'final', total: toCents(money(header.total!)), lineCount };
  }
  const existing = header.invoiceId
    ? { id: header.invoiceId, total: header.total!, lines: await tx.invoiceLine.findMany({ where: { invoiceId: header.invoiceId }, select: lineSelect }) }
    : null;
  const month = clientMonthBounds(header.timezone, period);
  // work logged into the previous month after its invoice was issued is billed now, as late work
  const carriesLateWork = header.previousStatus !== null && header.previousStatus !== 'draft';
  const scope: LineScope = {
    clientId,
    period,
    periodStart,
    periodEnd,
    monthStart: month.start,
    monthEnd: month.end,
    entriesFrom: carriesLateWork ? clientMonthBounds(header.timezone, latePeriod).start : month.start,
    draftId: existing?.id ?? null,
    latePeriod: carriesLateWork ? latePeriod : null,
  };
  const drafts = await computeLineDrafts(tx, scope);
  const credits = existing?.lines.filter((l) => l.kind === 'credit') ?? [];

  if (drafts.length === 0 && credits.length === 0) {
    if (!existing) return { clientId, invoiceId: null, change: 'nothing', total: '0.00', lineCount: 0 };
    await tx.timeEntry.updateMany({ where: { invoiceId: existing.id }, data: { invoiceId: null } });
    await tx.invoice.delete({ where: { id: existing.id } });
    await recordAudit(tx, { actor: input.actor, action: 'invoice.draft_removed', entityType: 'Invoice', entityId: existing.id, clientId, before: { period, total: existing.total }, after: { reason: 'nothing to bill' } });
    return { clientId, invoiceId: null, change: 'removed', total: '0.00', lineCount: 0 };
  }

  const total = toCents(sumMoney([...drafts.map((d) => d.amount), ...credits.map((c) => c.amount.toString())]));
  const previousLines = existing?.lines.filter((l) => l.kind !== 'credit') ?? [];
  const isSame = existing !== null && sameLines(previousLines.map(lineKey), drafts.map(lineKey));
  const invoiceId =
    existing?.id ??
    (await tx.invoice.create({ data: { clientId, periodStart, periodEnd, status: 'draft', total, createdAt: input.now }, select: { id: true } })).id;

  if (!isSame) {
    if (existing) await tx.invoiceLine.deleteMany({ where: { invoiceId, kind: { not: 'credit' } } });
    await insertLines(tx, invoiceId, drafts, input.now);
  }
  if (existing && !money(existing.total).equals(total)) {
    await tx.invoice.update({ where: { id: invoiceId }, data: { total } });
  }
  await attachEntries(tx, invoiceId, clientId, scope);

  const change: BuildChange = !existing ? 'created' : isSame ? 'unchanged' : 'updated';
  if (change !== 'unchanged') {
    await recordAudit(tx, {
      actor: input.actor,
      action: change === 'created' ? 'invoice.drafted' : 'invoice.redrafted',
      entityType: 'Invoice',
      entityId: invoiceId,
      clientId,
      before: existing ? { total: existing.total, lines: existing.lines.length } : undefined,
      after: { period, total, lines: drafts.length + credits.length },
    });
  }
  return { clientId, invoiceId, change, total, lineCount: drafts.length + credits.length };
}

function sameLines(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const sortedA = [...a].sort();
  const sortedB = [...b].sort();
  return sortedA.every((key, i) => key === sortedB[i]);
}

/**
 * All lines in one statement of one shape, whatever their number (decimals pass as text, so
 * they stay exact).
 */
async function insertLines(tx: DbTx, invoiceId: string, drafts: LineDraft[], now: Date): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "InvoiceLine" ("invoiceId", kind, description, quantity, "unitPrice", amount, "contractId", "ticketId", "estimateId", "createdAt")
    SELECT ${invoiceId}::uuid, x.kind::"InvoiceLineKind", x.description, x.quantity::numeric, x."unitPrice"::numeric, x.amount::numeric,
           x."contractId"::uuid, x."ticketId"::uuid, x."estimateId"::uuid, ${now.toISOString()}::timestamptz
    FROM json_to_recordset(${JSON.stringify(drafts)}::json)
      AS x(kind text, description text, quantity text, "unitPrice" text, amount text, "contractId" text, "ticketId" text, "estimateId" text)`;
}

/**
 * The draft holds exactly the un-invoiced entries of its window; entries on other invoices are
 * left alone. One statement, touching only rows whose invoice changes.
 */
async function attachEntries(tx: DbTx, invoiceId: string, clientId: string, scope: LineScope): Promise<void> {
  const from = scope.entriesFrom.toISOString();
  const end = scope.monthEnd.toISOString();
  await tx.$executeRaw`
    UPDATE "TimeEntry" SET "invoiceId" = CASE WHEN "startedAt" >= ${from}::timestamptz AND "startedAt" < ${end}::timestamptz THEN ${invoiceId}::uuid END
    WHERE ("invoiceId" = ${invoiceId}::uuid AND ("startedAt" < ${from}::timestamptz OR "startedAt" >= ${end}::timestamptz))
       OR ("clientId" = ${clientId}::uuid AND "startedAt" >= ${from}::timestamptz AND "startedAt" < ${end}::timestamptz AND "invoiceId" IS NULL)`;
}
