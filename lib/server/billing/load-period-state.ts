import { Prisma } from '@/lib/db/generated/client.ts';
import type { SqlTx } from '@/lib/db/sql-tx.ts';
import { PREPARED } from '@/lib/db/prepared-statements.ts';
import type { FixedDraw, RetainerLot } from '@/lib/domain/billing/index.ts';
import type { StoredDecision } from './stored-decision.ts';
import type { TicketFacts, EntryRow } from './entry-facts.ts';
import type { ContractTermsRow, TierVersionRow } from './terms-rows.ts';

const { sql } = Prisma;

/** One row of a contract's retainer ledger, as re-deciding reads it. */
export interface LedgerRow {
  id: string;
  kind: 'purchase' | 'top_up' | 'draw' | 'reversal' | 'expiry' | 'adjustment';
  units: number;
  effectiveAt: Date;
  expiresAt: Date | null;
  timeEntryId: string | null;
  reversesId: string | null;
}

export type WindowEntry = EntryRow & {
  estimateId: string | null;
  lockedAt: Date | null;
  current: StoredDecision | null;
};

/** Everything re-deciding a window of a contract's work reads, as one consistent snapshot. */
export interface PeriodState {
  clientTimezone: string;
  /** the window's entries in work-date order, each with its current decision */
  entries: WindowEntry[];
  tickets: Map<string, TicketFacts>;
  /** purchases and top-ups: what the retainer holds before any draw */
  lots: RetainerLot[];
  /** draws that will not be decided again (summed where that changes nothing) */
  fixedDraws: FixedDraw[];
  /** the snapshot the lots start from, if one was used */
  snapshotAsOf: Date | null;
  /** ledger rows read past the snapshot (or all of them): when many, it is time for a new one */
  ledgerRowsRead: number;
  /** the ledger rows of the window's entries (their draws and reversals) */
  windowLedger: LedgerRow[];
  /** minutes logged before the window on the window's tickets (work that was not refused) */
  ticketMinutesBefore: Record<string, number>;
  /** minutes billed before the window against the window's approved estimates */
  approvalMinutesBefore: Record<string, number>;
  /** help-desk sessions used from the month's start up to the window */
  quotaSessionsBefore: number;
  contract: ContractTermsRow | null;
  tierVersions: TierVersionRow[];
  settings: { key: string; value: unknown }[];
}

interface RawState {
  clientTimezone: string;
  entries: (Omit<WindowEntry, 'startedAt' | 'endedAt' | 'lockedAt'> & { startedAt: string; endedAt: string; lockedAt: string | null })[];
  tickets: (Omit<TicketFacts, 'assets'> & { assets: TicketFacts['assets'] })[];
  lots: { id: string; effectiveAt: string; expiresAt: string | null; units: number }[];
  fixedDraws: { at: string; units: number }[];
  snapshotAsOf: Date | null;
  ledgerRowsRead: number;
  windowLedger: (Omit<LedgerRow, 'effectiveAt' | 'expiresAt'> & { effectiveAt: string; expiresAt: string | null })[];
  ticketMinutes: Record<string, number>;
  estimateMinutes: Record<string, number>;
  quotaSessions: number;
  contract: ContractTermsRow | null;
  tierVersions: (Omit<TierVersionRow, 'effectiveFrom'> & { effectiveFrom: string })[];
  settings: { key: string; value: unknown }[];
}

const date = (value: string) => new Date(value);
const dateOrNull = (value: string | null) => (value === null ? null : new Date(value));

/**
 * Reads a client's contract window in one statement (the scope's lock must already be held, so
 * the snapshot is the latest): a round trip per piece was most of the cost of logging time.
 */
export async function loadPeriodState(
  tx: SqlTx,
  input: {
    clientId: string;
    contractId: string | null;
    windowStart: Date;
    monthStart: Date;
    /** where a new snapshot of the lots could be taken (before the window) */
    snapshotAt: Date;
  },
): Promise<PeriodState> {
  const inScope = input.contractId
    ? sql`e."contractId" = ${input.contractId}::uuid`
    : sql`e."clientId" = ${input.clientId}::uuid AND e."contractId" IS NULL`;
  const countsAsUsed = sql`EXISTS (SELECT 1 FROM "BillingDecision" d WHERE d."timeEntryId" = e.id AND d."isCurrent" AND d.outcome <> 'refused')`;
  const quotaFrom = input.monthStart.getTime() < input.windowStart.getTime() ? input.monthStart : input.windowStart;
  // sessions come with a contract's tier: only the decisions that used one are read
  const quotaSessionsUsed = input.contractId
    ? sql`SELECT coalesce(sum(d."quotaSessions"), 0)::int FROM "BillingDecision" d
          WHERE d."contractId" = ${input.contractId}::uuid AND d."isCurrent" AND d."quotaSessions" > 0
            AND d."workStartedAt" >= ${quotaFrom} AND d."workStartedAt" < ${input.windowStart}`
    : sql`SELECT coalesce(sum(d."quotaSessions"), 0)::int FROM "TimeEntry" e
          JOIN "BillingDecision" d ON d."timeEntryId" = e.id AND d."isCurrent"
          WHERE ${inScope} AND e."startedAt" >= ${quotaFrom} AND e."startedAt" < ${input.windowStart}`;

  const rows = await tx.query<RawState>(sql`${PREPARED}
    WITH win AS (
      SELECT e.id, e."ticketId", e."startedAt", e."endedAt", e.minutes, e.mode, e."isInternal", e."estimateId", e."lockedAt"
      FROM "TimeEntry" e
      WHERE e."clientId" = ${input.clientId}::uuid AND ${inScope} AND e."startedAt" >= ${input.windowStart}
    ),
    win_tickets AS (SELECT DISTINCT "ticketId" AS id FROM win),
    -- the retainer before the window, as lots and draws: a contract's ledger grows without end, so
    -- it is read from the snapshot of its lots on (when one is older than the window), and draws
    -- are summed per stretch of time in which the same lots are usable (drawing soonest-expiring
    -- first is additive inside such a stretch); only the window's own rows come back as they are
    snap AS (
      SELECT s."asOf", s.lots FROM "RetainerSnapshot" s
      WHERE s."contractId" = ${input.contractId}::uuid AND s."asOf" <= ${input.windowStart}
    ),
    ledger AS (
      SELECT l.id, l."effectiveAt", l."expiresAt", l.units, l."timeEntryId" FROM "RetainerLedgerEntry" l
      WHERE l."contractId" = ${input.contractId}::uuid AND l.kind <> 'expiry'
        AND l."effectiveAt" >= coalesce((SELECT "asOf" FROM snap), '-infinity'::timestamptz)
    ),
    lots AS (
      SELECT id, "effectiveAt", "expiresAt", units FROM ledger WHERE "timeEntryId" IS NULL AND units > 0
      UNION ALL
      SELECT (lot ->> 'id')::uuid, (lot ->> 'effectiveAt')::timestamptz, (lot ->> 'expiresAt')::timestamptz, (lot ->> 'units')::int
      FROM snap, jsonb_array_elements(snap.lots) lot
    ),
    draws AS (
      SELECT min(l."effectiveAt") AS at, -sum(l.units)::int AS units FROM ledger l
      WHERE l."timeEntryId" IS NOT NULL AND l."timeEntryId" NOT IN (SELECT id FROM win)
      GROUP BY l."timeEntryId" HAVING sum(l.units) < 0
      UNION ALL
      SELECT l."effectiveAt", -l.units FROM ledger l WHERE l."timeEntryId" IS NULL AND l.units < 0
    ),
    -- each draw with the last instant at or before it where a lot starts or expires
    stretched AS (
      SELECT at, units, is_bound,
        max(CASE WHEN is_bound THEN at END) OVER (ORDER BY at, is_bound DESC ROWS UNBOUNDED PRECEDING) AS stretch
      FROM (
        SELECT at, units, false AS is_bound FROM draws
        UNION ALL SELECT "effectiveAt", 0, true FROM lots
        UNION ALL SELECT "expiresAt", 0, true FROM lots WHERE "expiresAt" IS NOT NULL
        -- no sum spans the instant a new snapshot may be taken at
        UNION ALL SELECT ${input.snapshotAt}::timestamptz, 0, true
      ) timeline
    ),
    fixed AS (
      SELECT max(at) AS at, sum(units)::int AS units FROM stretched
      WHERE NOT is_bound AND at < ${input.windowStart}
      GROUP BY stretch
      UNION ALL
      SELECT at, units FROM stretched WHERE NOT is_bound AND at >= ${input.windowStart}
    ),
    approvals AS (
      SELECT t.id AS "ticketId", s.id, s.minutes, s.amount
      FROM win_tickets t
      CROSS JOIN LATERAL (
        SELECT s.id, s.minutes, s.amount FROM "Estimate" s
        WHERE s."ticketId" = t.id AND s.status = 'approved'
        ORDER BY s."decidedAt" DESC, s.id ASC LIMIT 1
      ) s
    )
    SELECT
      (SELECT timezone FROM "Client" WHERE id = ${input.clientId}::uuid) AS "clientTimezone",
      (SELECT coalesce(json_agg(json_build_object(
          'id', e.id, 'ticketId', e."ticketId", 'startedAt', e."startedAt", 'endedAt', e."endedAt",
          'minutes', e.minutes, 'mode', e.mode, 'isInternal', e."isInternal", 'estimateId', e."estimateId",
          'lockedAt', e."lockedAt",
          'current', (
            SELECT json_build_object(
              'id', d.id, 'outcome', d.outcome, 'rule', d.rule, 'reason', d.reason, 'needsApproval', d."needsApproval",
              'quotaSessions', d."quotaSessions", 'retainerUnits', d."retainerUnits", 'billableAmount', d."billableAmount"::text,
              'tierVersionId', d."tierVersionId", 'contractVersion', d."contractVersion",
              'inputs', json_build_object('isRetainerExhausted', coalesce((d.inputs ->> 'isRetainerExhausted')::boolean, false)),
              'parts', (
                SELECT coalesce(json_agg(json_build_object(
                  'outcome', p.outcome, 'minutes', p.minutes, 'units', p.units, 'rate', p.rate::text,
                  'amount', p.amount::text, 'isAfterHours', p."isAfterHours") ORDER BY p.id), '[]'::json)
                FROM "DecisionPart" p WHERE p."decisionId" = d.id))
            FROM "BillingDecision" d WHERE d."timeEntryId" = e.id AND d."isCurrent" LIMIT 1)
        ) ORDER BY e."startedAt", e.id), '[]'::json) FROM win e) AS entries,
      (SELECT coalesce(json_agg(json_build_object(
          'id', t.id, 'type', t.type, 'phase', t.phase, 'priority', t.priority,
          'assets', (
            SELECT coalesce(json_agg(json_build_object('id', a.id, 'name', a.name, 'class', a.class, 'isSupported', a."isSupported")), '[]'::json)
            FROM "TicketAsset" ta JOIN "Asset" a ON a.id = ta."assetId" WHERE ta."ticketId" = t.id),
          'approval', (
            SELECT json_build_object('estimateId', ap.id, 'minutes', ap.minutes, 'amount', ap.amount::text)
            FROM approvals ap WHERE ap."ticketId" = t.id)
        )), '[]'::json) FROM "Ticket" t WHERE t.id IN (SELECT id FROM win_tickets)) AS tickets,
      (SELECT coalesce(json_agg(json_build_object(
          'id', l.id, 'effectiveAt', l."effectiveAt", 'expiresAt', l."expiresAt", 'units', l.units)), '[]'::json)
        FROM lots l) AS lots,
      (SELECT coalesce(json_agg(json_build_object('at', f.at, 'units', f.units)), '[]'::json) FROM fixed f) AS "fixedDraws",
      (SELECT "asOf" FROM snap) AS "snapshotAsOf",
      (SELECT count(*)::int FROM ledger) AS "ledgerRowsRead",
      (SELECT coalesce(json_agg(json_build_object(
          'id', l.id, 'kind', l.kind, 'units', l.units, 'effectiveAt', l."effectiveAt", 'expiresAt', l."expiresAt",
          'timeEntryId', l."timeEntryId", 'reversesId', l."reversesId") ORDER BY l."effectiveAt", l."createdAt", l.id), '[]'::json)
        FROM "RetainerLedgerEntry" l
        WHERE l."contractId" = ${input.contractId}::uuid AND l."timeEntryId" IN (SELECT id FROM win)) AS "windowLedger",
      (SELECT coalesce(json_object_agg(x."ticketId", x.minutes), '{}'::json) FROM (
          SELECT e."ticketId", sum(e.minutes)::int AS minutes FROM "TimeEntry" e
          WHERE e."ticketId" IN (SELECT id FROM win_tickets) AND ${inScope} AND e."startedAt" < ${input.windowStart} AND ${countsAsUsed}
          GROUP BY e."ticketId") x) AS "ticketMinutes",
      (SELECT coalesce(json_object_agg(x."estimateId", x.minutes), '{}'::json) FROM (
          SELECT e."estimateId", sum(e.minutes)::int AS minutes FROM "TimeEntry" e
          WHERE e."estimateId" IN (SELECT id FROM approvals) AND e."clientId" = ${input.clientId}::uuid
            AND e."startedAt" < ${input.windowStart} AND ${countsAsUsed}
          GROUP BY e."estimateId") x) AS "estimateMinutes",
      (${quotaSessionsUsed}) AS "quotaSessions",
      (SELECT json_build_object(
          'id', k.id, 'number', k.number, 'version', k.version, 'kind', k.kind, 'tierId', k."tierId",
          'standardRate', k."standardRate"::text, 'afterHoursMultiplier', k."afterHoursMultiplier"::text,
          'onsiteRate', k."onsiteRate"::text, 'overageRate', k."overageRate"::text, 'afterHoursBurnRate', k."afterHoursBurnRate"::text,
          'roundingMinutes', k."roundingMinutes", 'roundingMinimumUnits', k."roundingMinimumUnits",
          'roundDownMaxMinutes', k."roundDownMaxMinutes", 'rules', k.rules)
        FROM "Contract" k WHERE k.id = ${input.contractId}::uuid) AS contract,
      (SELECT coalesce(json_agg(json_build_object(
          'id', v.id, 'version', v.version, 'effectiveFrom', v."effectiveFrom", 'is24x7', v."is24x7",
          'helpdeskSessionsPerMonth', v."helpdeskSessionsPerMonth", 'helpdeskSessionMinutes', v."helpdeskSessionMinutes",
          'includesOnsite', v."includesOnsite", 'includesAlertRemediation', v."includesAlertRemediation",
          'maintenanceAssessmentClasses', v."maintenanceAssessmentClasses",
          'minorRequestAllowanceMinutes', v."minorRequestAllowanceMinutes",
          'standardRate', v."standardRate"::text, 'afterHoursMultiplier', v."afterHoursMultiplier"::text,
          'onsiteRate', v."onsiteRate"::text, 'rules', v.rules,
          'tier', json_build_object('name', st.name),
          'calendar', (
            SELECT json_build_object(
              'timezone', bc.timezone,
              'hours', (SELECT coalesce(json_agg(json_build_object('weekday', h.weekday, 'startMinute', h."startMinute", 'endMinute', h."endMinute")), '[]'::json)
                        FROM "WorkingHours" h WHERE h."calendarId" = bc.id),
              'holidays', (SELECT coalesce(json_agg(json_build_object('date', hd.date)), '[]'::json)
                           FROM "Holiday" hd WHERE hd."calendarId" = bc.id))
            FROM "BusinessCalendar" bc WHERE bc.id = v."calendarId")
        ) ORDER BY v."effectiveFrom"), '[]'::json)
        FROM "TierVersion" v JOIN "ServiceTier" st ON st.id = v."tierId"
        WHERE v."tierId" = (SELECT "tierId" FROM "Contract" WHERE id = ${input.contractId}::uuid)) AS "tierVersions",
      (SELECT coalesce(json_agg(json_build_object('key', s.key, 'value', s.value)), '[]'::json)
        FROM "AppSetting" s WHERE s.key IN ('billing.defaultStandardRate', 'billing.defaultRules')) AS settings`);

  const raw = rows[0];
  return {
    clientTimezone: raw.clientTimezone,
    entries: raw.entries.map((entry) => ({
      ...entry,
      startedAt: date(entry.startedAt),
      endedAt: date(entry.endedAt),
      lockedAt: dateOrNull(entry.lockedAt),
    })),
    tickets: new Map(
      raw.tickets.map((ticket) => [ticket.id, { ...ticket, assets: [...ticket.assets].sort((a, b) => a.id.localeCompare(b.id)) }]),
    ),
    lots: raw.lots.map((lot) => ({ ...lot, effectiveAt: date(lot.effectiveAt), expiresAt: dateOrNull(lot.expiresAt) })),
    fixedDraws: raw.fixedDraws.map((draw) => ({ at: date(draw.at), units: draw.units })),
    snapshotAsOf: raw.snapshotAsOf,
    ledgerRowsRead: raw.ledgerRowsRead,
    windowLedger: raw.windowLedger.map((row) => ({ ...row, effectiveAt: date(row.effectiveAt), expiresAt: dateOrNull(row.expiresAt) })),
    ticketMinutesBefore: raw.ticketMinutes,
    approvalMinutesBefore: raw.estimateMinutes,
    quotaSessionsBefore: raw.quotaSessions,
    contract: raw.contract,
    tierVersions: raw.tierVersions.map((version) => ({ ...version, effectiveFrom: date(version.effectiveFrom) })),
    settings: raw.settings,
  };
}
