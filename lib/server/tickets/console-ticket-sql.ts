import type { DbTx } from '@/lib/db/client.ts';
import { PREPARED } from '@/lib/db/prepared-statements.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { sqlOf } from '@/lib/db/sql-tx.ts';
import { Prisma } from '@/lib/db/generated/client.ts';

/** Timestamps inside the JSON lists arrive as ISO strings. */
type Iso = string;

export interface ConsoleTicketRow {
  id: string;
  number: number;
  subject: string;
  description: string;
  type: string;
  phase: string | null;
  priority: string;
  status: string;
  channel: string;
  responseDueAt: Date | null;
  resolutionDueAt: Date | null;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
  createdAt: Date;
  client: { id: string; name: string; timezone: string };
  requesterName: string | null;
  assignee: { id: string; name: string } | null;
  assets: { id: string; name: string; class: string; isSupported: boolean }[];
  comments: { id: string; body: string; isInternal: boolean; createdAt: Iso; authorName: string | null }[];
  estimates: {
    id: string;
    description: string;
    minutes: number | null;
    amount: string | null;
    status: string;
    decisionNote: string | null;
    createdAt: Iso;
    decidedAt: Iso | null;
    requestedByName: string;
    decidedByName: string | null;
  }[];
  timeEntries: {
    id: string;
    startedAt: Iso;
    endedAt: Iso;
    minutes: number;
    mode: string;
    notes: string | null;
    isLocked: boolean;
    technicianName: string;
    /** the current decision; money as numeric text with two decimals, as DecisionView has it */
    decision: {
      outcome: string;
      reason: string;
      rule: string;
      billableAmount: string;
      retainerUnits: number;
      parts: { outcome: string; minutes: number; units: number; rate: string | null; amount: string; isAfterHours: boolean }[];
    } | null;
  }[];
  events: { createdAt: Iso; kind: string; data: unknown; actorName: string | null }[];
  alerts: { receivedAt: Iso; message: string; source: string; occurrences: number }[];
  /** active staff, who the ticket can be assigned to */
  staff: { id: string; name: string }[];
  /** the viewer's own running timer, on whichever ticket it runs */
  runningTimer: { ticketNumber: number; startedAt: Iso } | null;
}

/**
 * Everything the technician's ticket page shows, in one statement planned once per connection:
 * the ticket page is the console's hottest read, and one model query per list cost a round trip,
 * a query plan and the ORM's work each. No client scoping: only staff may call it, and staff
 * see every ticket (see `ticketsVisibleTo`).
 */
export async function loadConsoleTicketRow(tx: DbTx, input: { number: number; viewerId: string }): Promise<ConsoleTicketRow | null> {
  const rows = await sqlOf(tx).query<ConsoleTicketRow>(Prisma.sql`${PREPARED}
    SELECT t.id, t.number, t.subject, t.description, t.type::text AS type, t.phase::text AS phase, t.priority::text AS priority,
      t.status::text AS status, t.channel::text AS channel, t."responseDueAt", t."resolutionDueAt", t."firstRespondedAt",
      t."resolvedAt", t."createdAt",
      json_build_object('id', c.id, 'name', c.name, 'timezone', c.timezone) AS client,
      requester.name AS "requesterName",
      CASE WHEN assignee.id IS NULL THEN NULL ELSE json_build_object('id', assignee.id, 'name', assignee.name) END AS assignee,
      (SELECT coalesce(json_agg(json_build_object('id', a.id, 'name', a.name, 'class', a.class, 'isSupported', a."isSupported")), '[]'::json)
       FROM "TicketAsset" ta JOIN "Asset" a ON a.id = ta."assetId" WHERE ta."ticketId" = t.id) AS assets,
      (SELECT coalesce(json_agg(json_build_object('id', m.id, 'body', m.body, 'isInternal', m."isInternal", 'createdAt', m."createdAt", 'authorName', u.name) ORDER BY m."createdAt"), '[]'::json)
       FROM "TicketComment" m LEFT JOIN "User" u ON u.id = m."authorId" WHERE m."ticketId" = t.id) AS comments,
      (SELECT coalesce(json_agg(json_build_object('id', e.id, 'description', e.description, 'minutes', e.minutes, 'amount', e.amount::text,
          'status', e.status, 'decisionNote', e."decisionNote", 'createdAt', e."createdAt", 'decidedAt', e."decidedAt",
          'requestedByName', requestedBy.name, 'decidedByName', decidedBy.name) ORDER BY e."createdAt" DESC), '[]'::json)
       FROM "Estimate" e JOIN "User" requestedBy ON requestedBy.id = e."requestedById" LEFT JOIN "User" decidedBy ON decidedBy.id = e."decidedById"
       WHERE e."ticketId" = t.id) AS estimates,
      (SELECT coalesce(json_agg(json_build_object('id', w.id, 'startedAt', w."startedAt", 'endedAt', w."endedAt", 'minutes', w.minutes, 'mode', w.mode,
          'notes', w.notes, 'isLocked', w."lockedAt" IS NOT NULL, 'technicianName', tech.name, 'decision', d.decision) ORDER BY w."startedAt"), '[]'::json)
       FROM "TimeEntry" w JOIN "User" tech ON tech.id = w."userId"
       LEFT JOIN LATERAL (
         SELECT json_build_object('outcome', bd.outcome, 'reason', bd.reason, 'rule', bd.rule, 'billableAmount', bd."billableAmount"::text,
             'retainerUnits', bd."retainerUnits",
             'parts', (SELECT coalesce(json_agg(json_build_object('outcome', p.outcome, 'minutes', p.minutes, 'units', p.units, 'rate', p.rate::text,
                 'amount', p.amount::text, 'isAfterHours', p."isAfterHours")), '[]'::json)
               FROM "DecisionPart" p WHERE p."decisionId" = bd.id)) AS decision
         FROM "BillingDecision" bd WHERE bd."timeEntryId" = w.id AND bd."isCurrent" LIMIT 1
       ) d ON TRUE
       WHERE w."ticketId" = t.id) AS "timeEntries",
      (SELECT coalesce(json_agg(json_build_object('createdAt', v."createdAt", 'kind', v.kind, 'data', v.data, 'actorName', actor.name)), '[]'::json)
       FROM "TicketEvent" v LEFT JOIN "User" actor ON actor.id = v."actorId" WHERE v."ticketId" = t.id) AS events,
      (SELECT coalesce(json_agg(json_build_object('receivedAt', al."receivedAt", 'message', al.message, 'source', al.source, 'occurrences', al.occurrences)), '[]'::json)
       FROM "MonitoringAlert" al WHERE al."ticketId" = t.id) AS alerts,
      (SELECT coalesce(json_agg(json_build_object('id', s.id, 'name', s.name) ORDER BY s.name), '[]'::json)
       FROM "User" s WHERE s."isActive" AND s.role = ANY(${[...STAFF_ROLES]}::"Role"[])) AS staff,
      (SELECT json_build_object('ticketNumber', timed.number, 'startedAt', r."startedAt")
       FROM "RunningTimer" r JOIN "Ticket" timed ON timed.id = r."ticketId" WHERE r."userId" = ${input.viewerId}::uuid) AS "runningTimer"
    FROM "Ticket" t
    JOIN "Client" c ON c.id = t."clientId"
    LEFT JOIN "User" requester ON requester.id = t."requesterId"
    LEFT JOIN "User" assignee ON assignee.id = t."assigneeId"
    WHERE t.number = ${input.number}::int`);
  return rows[0] ?? null;
}
