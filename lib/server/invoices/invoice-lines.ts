import type { DbTx } from '@/lib/db/client.ts';
import { draftLines, type Billables, type LineDraft } from '@/lib/domain/invoices/line-drafts.ts';

export type { LineDraft } from '@/lib/domain/invoices/line-drafts.ts';
export { lineKey } from '@/lib/domain/invoices/line-drafts.ts';

export interface LineScope {
  clientId: string;
  period: string;
  periodStart: Date;
  periodEnd: Date;
  /** the client's month, as instants */
  monthStart: Date;
  monthEnd: Date;
  /** where time entries start to count: the month's start, or the previous month's for late work */
  entriesFrom: Date;
  /** the draft being rebuilt: its own entries and flat fees count as un-invoiced */
  draftId: string | null;
  /** the month whose late work is carried (label only) */
  latePeriod: string | null;
}

const NO_INVOICE = '00000000-0000-0000-0000-000000000000';
const dateOnly = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Everything billable for one client and month, summed by PostgreSQL in one statement (one
 * round trip per client keeps a 500-client run fast); decimals travel as text, never floats.
 *
 * - contracts: managed and fixed-fee agreements whose term overlaps the month;
 * - purchases: retainer units sold (recorded) in the month, so a back-dated block is never missed;
 * - flatFees: approved flat fees not on any other invoice of the client (found through the
 *   client's invoices, which are indexed);
 * - time: billable parts of the current decisions of the window's un-invoiced entries, per ticket
 *   and rate, after-hours, onsite, overage and late work apart. Flat-fee work (billable with no
 *   rate and no amount) is billed by its flat fee; overage is billed in the whole units drawn.
 */
async function loadBillables(tx: DbTx, scope: LineScope): Promise<Billables> {
  const client = scope.clientId;
  const draft = scope.draftId ?? NO_INVOICE;
  const periodStart = dateOnly(scope.periodStart);
  const periodEnd = dateOnly(scope.periodEnd);
  const monthStart = scope.monthStart.toISOString();
  const monthEnd = scope.monthEnd.toISOString();
  const entriesFrom = scope.entriesFrom.toISOString();
  const [row] = await tx.$queryRaw<Billables[]>`
    SELECT
      (SELECT coalesce(json_agg(c ORDER BY c.number), '[]') FROM (
        SELECT id, number, name, kind::text AS kind, "monthlyFee"::text AS "monthlyFee", "monthlyBudget"::text AS "monthlyBudget",
               "fixedFee"::text AS "fixedFee", ("startsOn" >= ${periodStart}::date) AS "startsInPeriod"
        FROM "Contract"
        WHERE "clientId" = ${client}::uuid AND kind IN ('managed', 'fixed_fee') AND status IN ('active', 'terminated', 'expired')
          AND "startsOn" <= ${periodEnd}::date AND ("endsOn" IS NULL OR "endsOn" >= ${periodStart}::date)
          AND ("terminatedOn" IS NULL OR "terminatedOn" >= ${periodStart}::date)) c) AS contracts,
      (SELECT coalesce(json_agg(p ORDER BY p."createdAt", p.id), '[]') FROM (
        SELECT l.id, l."createdAt", l.units, l.kind::text AS kind, c.id AS "contractId", c.number, c."standardRate"::text AS "standardRate", c."roundingMinutes"
        FROM "RetainerLedgerEntry" l JOIN "Contract" c ON c.id = l."contractId"
        WHERE l."clientId" = ${client}::uuid AND l.kind IN ('purchase', 'top_up') AND l.units > 0
          AND l."createdAt" >= ${monthStart}::timestamptz AND l."createdAt" < ${monthEnd}::timestamptz) p) AS purchases,
      (SELECT coalesce(json_agg(f ORDER BY f."decidedAt", f.id), '[]') FROM (
        SELECT e.id, e."decidedAt", e.description, e.amount::text AS amount, t.id AS "ticketId", t.number AS "ticketNumber"
        FROM "Estimate" e JOIN "Ticket" t ON t.id = e."ticketId"
        WHERE e."clientId" = ${client}::uuid AND e.status = 'approved' AND e.amount IS NOT NULL AND e."decidedAt" < ${monthEnd}::timestamptz
          AND NOT EXISTS (
            SELECT 1 FROM "Invoice" i JOIN "InvoiceLine" il ON il."invoiceId" = i.id
            WHERE i."clientId" = ${client}::uuid AND i.id <> ${draft}::uuid AND il."estimateId" = e.id)) f) AS "flatFees",
      (SELECT coalesce(json_agg(g ORDER BY g."ticketNumber", g."isOverage", g."isLate", g."isAfterHours", g."isOnsite", g.rate), '[]') FROM (
        SELECT te."ticketId", t.number AS "ticketNumber", t.subject, p.rate::text AS rate, p."isAfterHours",
               (te.mode = 'onsite') AS "isOnsite", (d.rule = 'retainer') AS "isOverage", (te."startedAt" < ${monthStart}::timestamptz) AS "isLate",
               SUM(CASE WHEN d.rule = 'retainer' AND p.units > 0 THEN p.units * COALESCE(c."roundingMinutes", 15) ELSE p.minutes END)::int AS minutes,
               SUM(p.amount)::text AS amount
        FROM "TimeEntry" te
        JOIN "BillingDecision" d ON d."timeEntryId" = te.id AND d."isCurrent"
        JOIN "DecisionPart" p ON p."decisionId" = d.id AND p.outcome = 'billable'
        JOIN "Ticket" t ON t.id = te."ticketId"
        LEFT JOIN "Contract" c ON c.id = te."contractId"
        WHERE te."clientId" = ${client}::uuid AND te."startedAt" >= ${entriesFrom}::timestamptz AND te."startedAt" < ${monthEnd}::timestamptz
          AND (te."invoiceId" IS NULL OR te."invoiceId" = ${draft}::uuid)
          AND NOT (p.rate IS NULL AND p.amount = 0)
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
        HAVING SUM(p.amount) <> 0) g) AS time`;
  return row;
}

/** Every line the run bills for one client and month (credit lines are added by people). */
export async function computeLineDrafts(tx: DbTx, scope: LineScope): Promise<LineDraft[]> {
  return draftLines(await loadBillables(tx, scope), { period: scope.period, latePeriod: scope.latePeriod });
}
