/** Tickets of every type, priority and status over 24 months, with SLA due times, assets and estimates. */
import { lit, type Params, type Step } from './params.ts';

const SUBJECTS = `ARRAY[
  ARRAY['Cannot print to the front-desk printer','Outlook keeps asking for a password','VPN drops every few minutes','Shared drive not reachable','Laptop will not boot','Wi-Fi slow in the meeting room'],
  ARRAY['New starter: set up account and laptop','Add user to the accounts mailbox','Install Adobe Acrobat','Reset MFA for a user','Create a shared calendar','Map a network drive for a new team'],
  ARRAY['Recurring disk-full alerts: find the cause','Root cause of the weekly VPN outage','Design a backup strategy for the new site','Why do logons take five minutes?','Repeated switch reboots','Email delivery delays: analysis'],
  ARRAY['Replace the core switch','Upgrade the firewall firmware','Migrate file shares to SharePoint','Add a second internet line','Roll out Windows 11','Move the server room UPS'],
  ARRAY['Quarterly server maintenance','Annual workstation health check','Firewall rule review','Patch and reboot servers','Backup restore test','Switch firmware review'],
  ARRAY['Disk space low on server','Backup job failed','CPU above 95 percent','Firewall HA state changed','Certificate expires in 14 days','Service stopped: Print Spooler']]`;

const share = (value: number) => value.toFixed(4);

export function ticketSteps(p: Params): Step[] {
  const now = `${lit(p.now)}::timestamptz`;
  // tickets older than 30 days still open (2.5% unless the size says otherwise)
  const stale = p.staleOpenShare ?? 0.025;
  return [
    {
      table: 'b_ticket',
      isStaging: true,
      statements: [
        `CREATE TEMP TABLE b_const AS
         SELECT ${now} AS now, ${now} - interval '12 months' AS v2_from,
                (SELECT array_agg(date ORDER BY date) FROM "Holiday") AS hol,
                (SELECT array_agg(id ORDER BY email) FROM "User" WHERE role = 'technician') AS techs,
                (SELECT id FROM "User" WHERE email = 'admin@bench.demo') AS admin_id,
                (SELECT id FROM "Team" WHERE name = 'Service desk') AS team_id`,
        `CREATE TEMP TABLE b_tv AS
         SELECT t.name AS tier, tv.version, tv.id, tv."is24x7" AS is24x7, tv."standardRate" AS std, tv."onsiteRate" AS onsite,
                tv."afterHoursMultiplier" AS mult
         FROM "TierVersion" tv JOIN "ServiceTier" t ON t.id = tv."tierId"`,
        // clients are skewed (a few large ones); tickets are opened mostly in business hours, a little more recently
        `CREATE TEMP TABLE b_t0 AS
         SELECT d.*, CASE
                  WHEN d.age_days < 3 THEN CASE WHEN d.r_status < 0.3 THEN 'new' WHEN d.r_status < 0.5 THEN 'triaged'
                    WHEN d.r_status < 0.8 THEN 'in_progress' WHEN d.r_status < 0.9 THEN 'waiting_on_customer' ELSE 'resolved' END
                  WHEN d.age_days < 30 THEN CASE WHEN d.r_status < 0.03 THEN 'triaged' WHEN d.r_status < 0.23 THEN 'in_progress'
                    WHEN d.r_status < 0.33 THEN 'waiting_on_customer' WHEN d.r_status < 0.40 THEN 'awaiting_approval'
                    WHEN d.r_status < 0.65 THEN 'resolved' ELSE 'closed' END
                  ELSE CASE WHEN d.r_status < ${share(0.955 - stale)} THEN 'closed' WHEN d.r_status < ${share(1 - stale)} THEN 'resolved'
                    WHEN d.r_status < ${share(1 - 0.6 * stale)} THEN 'waiting_on_customer' WHEN d.r_status < ${share(1 - 0.28 * stale)} THEN 'in_progress'
                    ELSE 'awaiting_approval' END
                END::"TicketStatus" AS status
         FROM (
           SELECT x.*, c.id AS client_id, c.contract_id, c.site1, c.admin_id, c.tz, c.kind, c.tier,
                  CASE WHEN x.r_type < 0.45 THEN 'incident' WHEN x.r_type < 0.70 THEN 'service_request' WHEN x.r_type < 0.80 THEN 'alert'
                       WHEN x.r_type < 0.88 THEN 'maintenance' WHEN x.r_type < 0.95 THEN 'change' ELSE 'problem' END::"TicketType" AS type,
                  CASE WHEN x.r_pri < 0.04 THEN 'P1' WHEN x.r_pri < 0.20 THEN 'P2' WHEN x.r_pri < 0.75 THEN 'P3' ELSE 'P4' END::"Priority" AS priority,
                  extract(epoch FROM k.now - x.created) / 86400 AS age_days
           FROM (
             SELECT r.*, least((((r.local_date + CASE WHEN extract(isodow FROM r.local_date) >= 6 AND r.r_wkd < 0.75
                      THEN 8 - extract(isodow FROM r.local_date)::int ELSE 0 END) + r.tod * interval '1 minute') AT TIME ZONE c.tz),
                      k.now - interval '10 minutes') AS created
             FROM (
               SELECT t AS ti, gen_random_uuid() AS id, floor(${p.clients} * power(random(), 1.3))::int AS ci,
                      (${now})::date - floor(730 * power(random(), 1.05))::int AS local_date,
                      CASE WHEN random() < 0.85 THEN 450 + floor(random() * 660) ELSE floor(random() * 1440) END AS tod,
                      random() AS r_wkd, random() AS r_type, random() AS r_pri, random() AS r_status, random() AS r_dur,
                      random() AS r_asset, random() AS r_slot, random() AS r_slot_kind, random() AS r_est, random() AS r_misc, random() AS r_tech,
                      random() AS r_ch, random() AS r_resp, random() AS r_weight
               FROM generate_series(0, ${p.tickets - 1}) t
               OFFSET 0
             ) r JOIN b_client c ON c.i = r.ci CROSS JOIN b_const k
             OFFSET 0
           ) x JOIN b_client c ON c.i = x.ci CROSS JOIN b_const k
           OFFSET 0
         ) d`,
        `CREATE TEMP TABLE b_ticket AS
         SELECT y.*,
                CASE WHEN y.est_status IS NOT NULL THEN gen_random_uuid() END AS est_id,
                CASE WHEN y.status = 'new' THEN NULL
                     WHEN y.response_due IS NOT NULL THEN y.created + (y.response_due - y.created) * (0.15 + 0.95 * y.r_resp)
                     ELSE y.created + y.r_resp * interval '3 hours' END AS first_resp
         FROM (
           SELECT z.*,
                  CASE WHEN NOT z.needs_est OR z.status IN ('new', 'triaged') THEN NULL WHEN z.status = 'awaiting_approval' THEN 'pending'
                       WHEN z.r_est < 0.03 THEN 'rejected' WHEN z.r_est < 0.08 THEN NULL ELSE 'approved' END AS est_status,
                  120 + (z.ti % 15) * 60 AS est_minutes,
                  CASE WHEN z.tv_id IS NULL THEN NULL WHEN z.is24x7 THEN z.created + z.response * interval '1 minute'
                       ELSE pg_temp.add_bh(z.created, z.response, z.tz, k.hol) END AS response_due,
                  CASE WHEN z.tv_id IS NULL THEN NULL WHEN z.is24x7 THEN z.created + z.resolution * interval '1 minute'
                       ELSE pg_temp.add_bh(z.created, z.resolution, z.tz, k.hol) END AS resolution_due
           FROM (
             SELECT t.ti, t.id, t.ci, t.id AS ticket_id, t.created, (t.created AT TIME ZONE t.tz)::date AS created_date,
                    t.status, t.priority, t.type, t.tz, t.kind, t.tier, t.contract_id, t.site1, t.admin_id,
                    t.r_est, t.r_resp, t.r_misc, t.r_weight, t.r_ch,
                    t.client_id, a.id AS asset_id, a.class AS asset_class, a.is_supported AS asset_supported,
                    CASE WHEN t.type = 'maintenance' THEN CASE WHEN t.r_misc < 0.6 THEN 'assessment' ELSE 'remediation' END END::"MaintenancePhase" AS phase,
                    t.type = 'service_request' AND t.r_misc < 0.6 AS sr_minor,
                    (t.kind = 'managed' AND (t.type IN ('change', 'problem') OR (t.type = 'maintenance' AND t.r_misc >= 0.6)
                      OR (t.type = 'service_request' AND t.r_misc >= 0.6))) OR a.is_supported IS FALSE AS needs_est,
                    CASE WHEN t.status IN ('resolved', 'closed') THEN least(t.created + interval '1 minute' * CASE t.type
                      WHEN 'incident' THEN 20 + power(t.r_dur, 2) * 4300 WHEN 'service_request' THEN 30 + power(t.r_dur, 2) * 7200
                      WHEN 'alert' THEN 10 + power(t.r_dur, 2) * 1440 WHEN 'maintenance' THEN 240 + t.r_dur * 10080
                      WHEN 'change' THEN 720 + t.r_dur * 20160 ELSE 1440 + t.r_dur * 28800 END, k.now - interval '5 minutes') END AS resolved_at,
                    CASE WHEN t.status = 'new' THEN NULL ELSE k.techs[1 + floor(t.r_tech * array_length(k.techs, 1))::int] END AS assignee_id,
                    tv.id AS tv_id, tv.is24x7, tt."responseMinutes" AS response, tt."resolutionMinutes" AS resolution
             FROM b_t0 t CROSS JOIN b_const k
             LEFT JOIN b_asset a ON a.ci = t.ci
               AND a.slot = CASE WHEN t.type = 'maintenance' AND t.r_slot_kind < 0.7
                                 THEN (ARRAY[0, 1, 2, 3, 4, 5, 6, 58, 59, 60, 61, 62, 63, 64, 65, 66, 67, 68, 69])[1 + floor(t.r_slot * 19)::int] % ${p.assetsPerClient}
                                 ELSE floor(t.r_slot * ${p.assetsPerClient})::int END
               AND t.r_asset < CASE t.type WHEN 'incident' THEN 0.5 WHEN 'alert' THEN 0.95 WHEN 'maintenance' THEN 1
                                           WHEN 'change' THEN 0.4 WHEN 'service_request' THEN 0.2 ELSE 0.6 END
             LEFT JOIN b_tv tv ON tv.tier = t.tier AND tv.version = CASE WHEN t.created >= k.v2_from THEN 2 ELSE 1 END
             LEFT JOIN "TierTarget" tt ON tt."tierVersionId" = tv.id AND tt.priority = t.priority
             OFFSET 0
           ) z CROSS JOIN b_const k
           OFFSET 0
         ) y`,
        `ALTER TABLE b_ticket ADD PRIMARY KEY (ti)`,
        `ANALYZE b_t0, b_ticket, b_const, b_tv`,
      ],
    },
    {
      table: 'Ticket',
      indexedTables: ['Ticket'],
      statements: [
        `INSERT INTO "Ticket"(id, "clientId", "contractId", "siteId", type, phase, priority, channel, status, subject, description,
           "requesterId", "assigneeId", "teamId", "maintenanceScheduleId", "responseDueAt", "resolutionDueAt", "firstRespondedAt",
           "isResponseMet", "isResolutionMet", "slaPausedAt", "slaPausedMinutes", "resolvedAt", "closedAt", "satisfactionScore",
           "createdAt", "updatedAt")
         SELECT t.id, t.client_id, t.contract_id, t.site1, t.type, t.phase, t.priority,
                CASE WHEN t.type = 'alert' THEN 'email' WHEN t.r_ch < 0.45 THEN 'portal' WHEN t.r_ch < 0.80 THEN 'email'
                     WHEN t.r_ch < 0.97 OR t.tier IS DISTINCT FROM 'Platinum' THEN 'phone' ELSE 'hotline' END::"Channel",
                t.status, s.subject, s.subject || '. Reported by the office manager; details in the first reply.',
                CASE WHEN t.type <> 'alert' THEN t.admin_id END, t.assignee_id, k.team_id, ms.id, t.response_due, t.resolution_due,
                t.first_resp, t.first_resp <= t.response_due, t.resolved_at <= t.resolution_due,
                CASE WHEN t.status = 'waiting_on_customer' THEN greatest(t.created, k.now - t.r_resp * interval '2 days') END,
                CASE WHEN t.status IN ('resolved', 'closed') AND t.r_misc < 0.1 THEN floor(t.r_resp * 600)::int ELSE 0 END,
                t.resolved_at, CASE WHEN t.status = 'closed' THEN least(t.resolved_at + interval '3 days', k.now - interval '1 minute') END,
                CASE WHEN t.status = 'closed' AND t.r_resp < 0.3 THEN 3 + t.ti % 3 END,
                t.created, coalesce(t.resolved_at, t.first_resp, t.created)
         FROM b_ticket t CROSS JOIN b_const k
         LEFT JOIN "MaintenanceSchedule" ms ON t.type = 'maintenance' AND ms."clientId" = t.client_id AND ms."assetClass" = 'server',
         LATERAL (SELECT (${SUBJECTS})[array_position(enum_range(NULL::"TicketType"), t.type)][1 + t.ti % 6] AS subject) s
         ORDER BY t.created`,
      ],
    },
    {
      table: 'TicketAsset, Estimate',
      statements: [
        `INSERT INTO "TicketAsset"("ticketId", "assetId", "linkedAt")
         SELECT id, asset_id, created + interval '5 minutes' FROM b_ticket WHERE asset_id IS NOT NULL`,
        `INSERT INTO "Estimate"(id, "ticketId", "clientId", description, minutes, status, "requestedById", "decidedById", "decidedAt",
           "decisionNote", "createdAt")
         SELECT t.est_id, t.id, t.client_id, 'Estimated effort for this work: ' || pg_temp.dur(t.est_minutes) || '.', t.est_minutes,
                t.est_status::"EstimateStatus", coalesce(t.assignee_id, k.techs[1]),
                CASE WHEN t.est_status IN ('approved', 'rejected') THEN t.admin_id END,
                CASE WHEN t.est_status IN ('approved', 'rejected') THEN least(t.created + interval '1 day', k.now) END,
                CASE WHEN t.est_status = 'rejected' THEN 'Not this quarter, please.' END, t.created + interval '2 hours'
         FROM b_ticket t CROSS JOIN b_const k WHERE t.est_id IS NOT NULL`,
      ],
    },
  ];
}
