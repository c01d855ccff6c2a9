/**
 * Time entries, spread over their tickets' lives (business hours mostly, some evenings and
 * weekends), in a staging table first; then each entry's billing decision, worked out in SQL
 * the way the default rules would decide it (not by the engine): help-desk quota per month,
 * minor-request allowance per ticket, approvals, after-hours splits and quarterly retainer blocks.
 */
import type { Params, Step } from './params.ts';

const NOTES = `ARRAY['Remote session: checked the event logs and fixed the cause.','Called the user, walked them through the fix.',
  'On site: replaced the faulty part and tested.','Reviewed configuration, applied the change, documented it.',
  'Updated the ticket and the run book.','Followed up with the vendor and applied their patch.']`;

export function entrySteps(p: Params): Step[] {
  return [
    {
      table: 'b_entry',
      isStaging: true,
      statements: [
        // entries per ticket by type (problems and changes take longest), summing exactly to the target
        `CREATE TEMP TABLE b_alloc AS
         SELECT ti, (cum * ${p.entries} / total - (cum - w) * ${p.entries} / total)::int AS n
         FROM (SELECT ti, w, (sum(w) OVER (ORDER BY ti ROWS UNBOUNDED PRECEDING))::bigint AS cum, (sum(w) OVER ())::bigint AS total
               FROM (SELECT ti, CASE WHEN status = 'new' THEN 0 ELSE CASE type WHEN 'incident' THEN 100
                              WHEN 'service_request' THEN CASE WHEN sr_minor THEN 12 ELSE 70 END WHEN 'problem' THEN 150
                              WHEN 'change' THEN 120 WHEN 'maintenance' THEN 90 ELSE 40 END * (50 + floor(r_weight * 100))::bigint END AS w
                     FROM b_ticket) a) b`,
        `CREATE TEMP TABLE b_entry AS
         SELECT f.*,
                CASE WHEN f.kind = 'retainer' AND NOT f.is_internal AND NOT f.is_unsupported THEN pg_temp.units(f.minutes) ELSE 0 END AS ret_units,
                f.kind = 'managed' AND f.tier = 'Silver' AND f.type = 'incident' AND NOT f.is_internal AND NOT f.is_unsupported
                  AND f.mode IN ('remote', 'phone') AND f.in_min > 0 AS sess_eligible,
                CASE WHEN f.kind = 'managed' AND f.type = 'service_request' AND NOT f.is_internal AND NOT f.is_unsupported
                     THEN f.minutes ELSE 0 END AS sr_minutes
         FROM (
         SELECT q.*, (q.local_date + q.start_min * interval '1 minute') AT TIME ZONE q.tz AS started_at,
                (q.local_date + (q.start_min + q.minutes) * interval '1 minute') AT TIME ZONE q.tz AS ended_at,
                to_char(q.local_date, 'YYYY-MM') AS month_key, date_trunc('quarter', q.local_date)::date AS quarter,
                (extract(year FROM q.local_date) * 12 + extract(month FROM q.local_date))::int AS month_no,
                CASE WHEN q.all_day THEN q.minutes WHEN extract(isodow FROM q.local_date) >= 6 OR q.local_date = ANY (k.hol) THEN 0
                     ELSE greatest(0, least(q.start_min + q.minutes, 1080) - greatest(q.start_min, 480)) END AS in_min
         FROM (
           SELECT w.*, CASE WHEN w.d1 + (w.start_min + w.minutes) * interval '1 minute' > (k.now AT TIME ZONE w.tz)
                            THEN w.d1 - 7 ELSE w.d1 END AS local_date
           FROM (
             SELECT v.*, least(v.start0 - v.start0 % 5, 1440 - v.minutes) AS start_min,
                    v.d0 + CASE WHEN v.cat = 'we' THEN CASE WHEN v.dow0 < 6 THEN 6 - v.dow0 ELSE 0 END
                                ELSE CASE v.dow0 WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END END AS d1
             FROM (
               SELECT u.*, extract(isodow FROM u.d0)::int AS dow0,
                      CASE WHEN u.sr_minor THEN 5 + 5 * floor(u.r_len * 5) WHEN u.mode = 'onsite' THEN 30 + 15 * floor(u.r_len * 14)
                           ELSE 5 * (1 + floor(power(u.r_len, 1.8) * 24)) END::int AS minutes,
                      CASE u.cat WHEN 'bh' THEN 480 + floor(u.r_min * 595)
                                 WHEN 'ah' THEN CASE WHEN u.r_min < 0.4 THEN 1080 + floor(u.r_min / 0.4 * 240) WHEN u.r_min < 0.6 THEN 360 + floor((u.r_min - 0.4) / 0.2 * 120)
                                                    ELSE 1005 + floor((u.r_min - 0.6) / 0.4 * 70) END
                                 ELSE 540 + floor(u.r_min * 480) END::int AS start0
               FROM (
                 SELECT gen_random_uuid() AS id, gen_random_uuid() AS decision_id, r.k, r.ti, t.ticket_id, t.client_id, t.contract_id,
                        t.ci, t.kind, t.tier, t.tz, t.type, t.phase, t.sr_minor, t.asset_class, t.asset_supported IS FALSE AS is_unsupported,
                        t.est_id, t.est_status, t.est_minutes, t.kind <> 'managed' OR t.tier = 'Platinum' AS all_day,
                        CASE WHEN r.r_cat < 0.80 THEN 'bh' WHEN r.r_cat < 0.92 THEN 'ah' ELSE 'we' END AS cat,
                        t.created_date + floor(r.r_day * (greatest(0, (coalesce(t.resolved_at, k.now) AT TIME ZONE t.tz)::date - t.created_date) + 1))::int AS d0,
                        CASE WHEN t.type IN ('maintenance', 'change') AND r.r_mode < 0.25 THEN 'onsite' WHEN r.r_mode < 0.07 THEN 'onsite'
                             WHEN r.r_mode < 0.27 THEN 'phone' ELSE 'remote' END::"WorkMode" AS mode,
                        r.r_int < 0.015 AS is_internal,
                        CASE WHEN r.r_tech < 0.75 AND t.assignee_id IS NOT NULL THEN t.assignee_id
                             ELSE k.techs[1 + floor(r.r_tech * array_length(k.techs, 1))::int] END AS user_id,
                        r.r_len, r.r_min
                 FROM (SELECT a.ti, g AS k, random() AS r_cat, random() AS r_day, random() AS r_min, random() AS r_len,
                              random() AS r_mode, random() AS r_int, random() AS r_tech
                       FROM b_alloc a, generate_series(1, a.n) g) r
                 JOIN b_ticket t ON t.ti = r.ti CROSS JOIN b_const k
                 OFFSET 0
               ) u
               OFFSET 0
             ) v
             OFFSET 0
           ) w CROSS JOIN b_const k
           OFFSET 0
         ) q CROSS JOIN b_const k
           OFFSET 0
         ) f`,
        // a quarterly block per retainer contract, sized between 80% and 130% of its average use
        `CREATE TEMP TABLE b_ret_plan AS
         SELECT contract_id, client_id, tz, first_q, (date_trunc('quarter', k.now AT TIME ZONE tz))::date AS current_q,
                greatest(16, ceil(total::numeric / quarters * (0.8 + (ci % 6) * 0.1) / 4) * 4)::int AS units
         FROM (SELECT contract_id, min(client_id::text)::uuid AS client_id, min(tz) AS tz, min(ci) AS ci, min(quarter) AS first_q,
                      sum(ret_units) AS total, count(DISTINCT quarter) AS quarters
               FROM b_entry WHERE kind = 'retainer' GROUP BY contract_id) s CROSS JOIN b_const k`,
        `ANALYZE b_alloc, b_entry, b_ret_plan`,
      ],
    },
    {
      table: 'b_dec',
      isStaging: true,
      statements: [
        `CREATE TEMP TABLE b_dec AS
         SELECT s.*,
                CASE WHEN s.p1_out = 'refused' OR s.p2_out = 'refused' THEN 'refused' WHEN s.p1_out = 'billable' OR s.p2_out = 'billable' THEN 'billable'
                     WHEN s.p1_out = 'retainer' OR s.p2_out = 'retainer' THEN 'retainer' WHEN s.p1_out = 'covered' OR s.p2_out = 'covered' THEN 'covered'
                     ELSE 'non_billable' END::"BillingOutcome" AS outcome,
                CASE WHEN s.p1_out = 'billable' THEN round(s.p1_rate * s.p1_min / 60.0, 2) ELSE 0 END AS p1_amount,
                CASE WHEN s.p2_out = 'billable' THEN round(s.p2_rate * s.p2_min / 60.0, 2) ELSE 0 END AS p2_amount
         FROM (
           SELECT x.*,
                  CASE WHEN x.a_on THEN x.a_out ELSE x.b_out END AS p1_out, CASE WHEN x.a_on THEN x.a_min ELSE x.b_min END AS p1_min,
                  CASE WHEN x.a_on THEN x.a_units ELSE x.b_units END AS p1_units, CASE WHEN x.a_on THEN x.a_rate ELSE x.b_rate END AS p1_rate,
                  CASE WHEN x.a_on THEN x.a_ah ELSE x.b_ah END AS p1_ah,
                  CASE WHEN x.a_on AND x.b_on THEN x.b_out END AS p2_out, x.b_min AS p2_min, x.b_units AS p2_units, x.b_rate AS p2_rate, x.b_ah AS p2_ah
           FROM (
             SELECT y.*, y.a_min > 0 OR y.a_units > 0 AS a_on, coalesce(y.b_min > 0 OR y.b_units > 0, false) AS b_on
             FROM (
               SELECT z.*,
                 CASE z.shape WHEN 'nb' THEN 'non_billable' WHEN 'ref' THEN 'refused' WHEN 'bill' THEN 'billable' WHEN 'ret' THEN 'retainer'
                              WHEN 'split' THEN 'billable' ELSE 'covered' END::"BillingOutcome" AS a_out,
                 CASE z.shape WHEN 'ret' THEN z.ret_min WHEN 'split' THEN z.in_min WHEN 'cov_ah' THEN z.in_min
                              WHEN 'session' THEN least(z.in_min, 15) ELSE z.minutes END AS a_min,
                 CASE WHEN z.shape = 'ret' THEN z.drawn ELSE 0 END AS a_units,
                 CASE WHEN z.shape IN ('bill', 'split') THEN z.rate_mode END AS a_rate, false AS a_ah,
                 CASE WHEN z.shape IN ('ret', 'split', 'cov_ah', 'session') THEN 'billable'::"BillingOutcome" END AS b_out,
                 CASE z.shape WHEN 'ret' THEN z.minutes - z.ret_min WHEN 'session' THEN z.minutes - least(z.in_min, 15)
                              WHEN 'split' THEN z.minutes - z.in_min WHEN 'cov_ah' THEN z.minutes - z.in_min END AS b_min,
                 CASE WHEN z.shape = 'ret' THEN z.ret_units - z.drawn WHEN z.shape IN ('split', 'cov_ah', 'session') THEN 0 END AS b_units,
                 CASE z.shape WHEN 'ret' THEN z.rate_overage WHEN 'session' THEN CASE WHEN z.in_min > 15 THEN z.rate_std ELSE z.rate_ah END
                              WHEN 'split' THEN z.rate_ah WHEN 'cov_ah' THEN z.rate_ah END AS b_rate,
                 CASE WHEN z.shape IN ('split', 'cov_ah') OR (z.shape = 'session' AND z.in_min <= 15) THEN true ELSE false END AS b_ah
               FROM (
                 SELECT b.*,
                   CASE WHEN b.branch = 'internal' THEN 'nb' WHEN b.branch LIKE '%refused' THEN 'ref'
                        WHEN b.branch IN ('fixed', 'sr_minor', 'assess_covered', 'alert_covered') THEN 'cov'
                        WHEN b.branch = 'retainer' THEN 'ret'
                        WHEN b.branch IN ('onsite_billable', 'incident_billable', 'alert_billable') THEN 'split'
                        WHEN b.branch IN ('onsite_covered', 'onsite_ah', 'incident_covered', 'incident_ah') THEN 'cov_ah'
                        WHEN b.branch = 'incident_session' THEN 'session' ELSE 'bill' END AS shape,
                   CASE WHEN b.ret_units - b.drawn = 0 THEN b.minutes
                        ELSE least(b.minutes, round(b.minutes * b.drawn::numeric / nullif(b.ret_units, 0))::int) END AS ret_min
                 FROM (
                   SELECT w.*, tv.id AS tv_id, ct.number AS contract_number,
                     coalesce(ct."standardRate", tv.std, 150.00) AS rate_std,
                     CASE WHEN w.mode = 'onsite' THEN coalesce(ct."onsiteRate", tv.onsite, ct."standardRate", tv.std, 150.00)
                          ELSE coalesce(ct."standardRate", tv.std, 150.00) END AS rate_mode,
                     round(CASE WHEN w.mode = 'onsite' THEN coalesce(ct."onsiteRate", tv.onsite, ct."standardRate", tv.std, 150.00)
                                ELSE coalesce(ct."standardRate", tv.std, 150.00) END * coalesce(ct."afterHoursMultiplier", tv.mult, 1.5), 2) AS rate_ah,
                     coalesce(ct."overageRate", ct."standardRate", tv.std, 150.00) AS rate_overage,
                     CASE WHEN w.ret_units > 0 THEN greatest(0, least(w.ret_units, rp.units - (w.ret_cum - w.ret_units))) ELSE 0 END AS drawn,
                     CASE
                       WHEN w.is_internal THEN 'internal'
                       WHEN w.is_unsupported THEN CASE WHEN w.est_status = 'approved' THEN 'unsupported_ok' ELSE 'unsupported_refused' END
                       WHEN w.kind = 'retainer' THEN 'retainer'
                       WHEN w.kind = 'time_and_materials' THEN 'tm'
                       WHEN w.kind = 'fixed_fee' THEN 'fixed'
                       WHEN w.type = 'change' THEN CASE WHEN w.est_status = 'approved' THEN 'change_ok' ELSE 'change_refused' END
                       WHEN w.type = 'service_request' THEN CASE WHEN w.sr_cum <= 30 THEN 'sr_minor' WHEN w.est_status = 'approved' THEN 'sr_ok' ELSE 'sr_refused' END
                       WHEN w.type = 'problem' THEN CASE WHEN w.est_status = 'approved' THEN 'problem_ok' ELSE 'problem_refused' END
                       WHEN w.type = 'maintenance' AND w.phase = 'remediation' THEN CASE WHEN w.est_status = 'approved' THEN 'remed_ok' ELSE 'remed_refused' END
                       WHEN w.mode = 'onsite' AND w.type IN ('incident', 'alert') THEN
                         CASE WHEN w.tier = 'Silver' THEN 'onsite_billable' WHEN w.in_min = 0 THEN 'onsite_ah' ELSE 'onsite_covered' END
                       WHEN w.type = 'incident' THEN CASE WHEN w.in_min = 0 THEN 'incident_ah' WHEN w.tier <> 'Silver' THEN 'incident_covered'
                         WHEN w.sess_eligible AND w.sess_rank <= 2 THEN 'incident_session' ELSE 'incident_billable' END
                       WHEN w.type = 'maintenance' THEN CASE WHEN (w.tier = 'Gold' AND w.asset_class IN ('router', 'switch', 'server'))
                         OR (w.tier = 'Platinum' AND w.asset_class IN ('router', 'switch', 'server', 'firewall', 'wireless', 'backup', 'workstation'))
                         THEN 'assess_covered' ELSE 'assess_billable' END
                       WHEN w.type = 'alert' THEN CASE WHEN w.tier = 'Platinum' THEN 'alert_covered' ELSE 'alert_billable' END
                       ELSE 'fallback' END AS branch
                   FROM (
                     SELECT e.*,
                       CASE WHEN e.sess_eligible THEN row_number() OVER (PARTITION BY e.ci, e.month_no, e.sess_eligible ORDER BY e.started_at, e.id) END AS sess_rank,
                       sum(e.sr_minutes) OVER (PARTITION BY e.ti ORDER BY e.started_at, e.id ROWS UNBOUNDED PRECEDING) AS sr_cum,
                       sum(e.ret_units) OVER (PARTITION BY e.ci, e.quarter ORDER BY e.started_at, e.id ROWS UNBOUNDED PRECEDING) AS ret_cum
                     FROM b_entry e
                     OFFSET 0
                   ) w
                   JOIN "Contract" ct ON ct.id = w.contract_id CROSS JOIN b_const k
                   LEFT JOIN b_tv tv ON tv.tier = w.tier AND tv.version = CASE WHEN w.started_at >= k.v2_from THEN 2 ELSE 1 END
                   LEFT JOIN b_ret_plan rp ON rp.contract_id = w.contract_id
                   OFFSET 0
                 ) b
                 OFFSET 0
               ) z
               OFFSET 0
             ) y
             OFFSET 0
           ) x
           OFFSET 0
         ) s
         ORDER BY s.started_at`,
        `ANALYZE b_dec`,
      ],
    },
    {
      table: 'TimeEntry',
      indexedTables: ['TimeEntry'],
      statements: [
        `INSERT INTO "TimeEntry"(id, "ticketId", "clientId", "contractId", "userId", "startedAt", "endedAt", minutes, mode, "isInternal",
           notes, "estimateId", "createdAt")
         SELECT d.id, d.ticket_id, d.client_id, d.contract_id, d.user_id, d.started_at, d.ended_at, d.minutes, d.mode, d.is_internal,
                CASE WHEN d.is_internal THEN 'Internal: documentation and team training.' ELSE (${NOTES})[1 + d.k % 6] END,
                CASE WHEN d.branch LIKE '%\\_ok' THEN d.est_id END, least(d.ended_at + interval '3 minutes', k.now)
         FROM b_dec d CROSS JOIN b_const k`,
      ],
    },
    {
      table: 'BillingDecision',
      indexedTables: ['BillingDecision'],
      statements: [
        `INSERT INTO "BillingDecision"(id, "timeEntryId", "isCurrent", outcome, rule, reason, "needsApproval", "quotaSessions",
           "retainerUnits", "billableAmount", inputs, "tierVersionId", "contractVersion", "decidedAt", "contractId", "workStartedAt")
         SELECT d.decision_id, d.id, true, d.outcome,
                CASE WHEN d.branch = 'internal' THEN 'internal_work' WHEN d.branch LIKE 'unsupported%' THEN 'unsupported_asset'
                     WHEN d.branch = 'retainer' THEN 'retainer' WHEN d.branch = 'tm' THEN 'time_and_materials' WHEN d.branch = 'fixed' THEN 'fixed_fee_project'
                     WHEN d.branch LIKE 'change%' THEN 'project_work' WHEN d.branch LIKE 'sr%' THEN 'service_request'
                     WHEN d.branch LIKE 'problem%' THEN 'problem' WHEN d.branch LIKE 'remed%' THEN 'maintenance_remediation'
                     WHEN d.branch LIKE 'onsite%' THEN 'onsite' WHEN d.branch LIKE 'incident%' THEN 'incident'
                     WHEN d.branch LIKE 'assess%' THEN 'maintenance_assessment' WHEN d.branch LIKE 'alert%' THEN 'alert_remediation'
                     ELSE 'fallback' END,
                ${REASON},
                d.branch LIKE '%refused', CASE WHEN d.branch = 'incident_session' THEN 1 ELSE 0 END, d.drawn, d.p1_amount + d.p2_amount,
                jsonb_build_object('source', 'bench', 'isRetainerExhausted', d.ret_units > d.drawn,
                  'work', jsonb_build_object('minutes', d.minutes, 'mode', d.mode, 'ticketType', d.type, 'inHoursMinutes', d.in_min),
                  'seen', jsonb_build_object('monthKey', d.month_key, 'quotaSessionsUsed', coalesce(d.sess_rank - 1, 0),
                    'ticketMinutesBefore', d.sr_cum - d.sr_minutes)),
                d.tv_id, 1, least(d.ended_at + interval '3 minutes', k.now), d.contract_id, d.started_at
         FROM b_dec d CROSS JOIN b_const k`,
      ],
    },
    {
      table: 'DecisionPart',
      indexedTables: ['DecisionPart'],
      statements: [
        `INSERT INTO "DecisionPart"("decisionId", outcome, minutes, units, rate, amount, "isAfterHours")
         SELECT d.decision_id, v.outcome, v.minutes, v.units, v.rate, v.amount, v.ah
         FROM b_dec d CROSS JOIN LATERAL (VALUES (d.p1_out, d.p1_min, d.p1_units, d.p1_rate, d.p1_amount, d.p1_ah),
                                                 (d.p2_out, d.p2_min, d.p2_units, d.p2_rate, d.p2_amount, d.p2_ah)) v(outcome, minutes, units, rate, amount, ah)
         WHERE v.outcome IS NOT NULL`,
      ],
    },
  ];
}

const AH_NOTE = `CASE WHEN d.minutes > d.in_min THEN ' ' || pg_temp.dur(d.minutes - d.in_min) || ' outside ' || d.tier
  || ' support hours are billable at the after-hours rate (1.5×).' ELSE '' END`;

/** One sentence a customer can read, as the rule handlers word it. */
const REASON = `CASE d.branch
  WHEN 'internal' THEN 'Not billed: internal work (administration or staff training).'
  WHEN 'unsupported_ok' THEN 'Billable: work on an asset the agreement does not support, against the approved estimate of ' || pg_temp.dur(d.est_minutes) || '.'
  WHEN 'unsupported_refused' THEN 'Refused: work on an asset the agreement does not support needs an approved estimate before work is logged.'
  WHEN 'retainer' THEN CASE
    WHEN d.drawn = d.ret_units THEN 'Drawn from your prepaid hours: ' || pg_temp.dur(d.minutes) || ' rounds to ' || d.ret_units || ' unit'
      || CASE WHEN d.ret_units = 1 THEN '' ELSE 's' END || ' (' || pg_temp.dur(d.ret_units * 15) || ').'
    WHEN d.drawn > 0 THEN 'Partly drawn from your prepaid hours: only ' || d.drawn || ' units were left; the other ' || (d.ret_units - d.drawn)
      || ' (' || pg_temp.dur((d.ret_units - d.drawn) * 15) || ') are billable at the overage rate.'
    ELSE 'Billable at the overage rate: your prepaid hours are used up (' || d.ret_units || ' units, ' || pg_temp.dur(d.ret_units * 15) || ').' END
  WHEN 'tm' THEN 'Billable: time and materials agreement, at the ' || CASE WHEN d.mode = 'onsite' THEN 'onsite' ELSE 'standard' END || ' rate.'
  WHEN 'fixed' THEN 'Covered by the fixed fee of project ' || d.contract_number || '.'
  WHEN 'change_ok' THEN 'Billable: hardware, software and project work, against the approved estimate of ' || pg_temp.dur(d.est_minutes) || '.'
  WHEN 'change_refused' THEN 'Refused: hardware, software and project work needs an approved estimate before work is logged.'
  WHEN 'sr_minor' THEN 'Covered: a minor service request (' || pg_temp.dur(d.sr_cum::int) || ' of the 30 min allowance used).'
  WHEN 'sr_ok' THEN 'Billable: new scope (this service request goes past the 30 min minor-request allowance), against the approved estimate of ' || pg_temp.dur(d.est_minutes) || '.'
  WHEN 'sr_refused' THEN 'Refused: new scope (this service request goes past the 30 min minor-request allowance) needs an approved estimate before work is logged.'
  WHEN 'problem_ok' THEN 'Billable: solution design (root-cause work after an incident is resolved), against the approved estimate of ' || pg_temp.dur(d.est_minutes) || '.'
  WHEN 'problem_refused' THEN 'Refused: solution design (root-cause work after an incident is resolved) needs an approved estimate before work is logged.'
  WHEN 'remed_ok' THEN 'Billable: maintenance remediation, against the approved estimate of ' || pg_temp.dur(d.est_minutes) || '.'
  WHEN 'remed_refused' THEN 'Refused: maintenance remediation needs an approved estimate before work is logged.'
  WHEN 'onsite_billable' THEN 'Billable at the onsite rate: ' || d.tier || ' does not include onsite visits.'
  WHEN 'onsite_ah' THEN 'Billable at the after-hours rate (1.5×): an onsite visit outside ' || d.tier || ' support hours.'
  WHEN 'onsite_covered' THEN 'Covered: onsite visits during support hours are included in ' || d.tier || '.' || ${AH_NOTE}
  WHEN 'incident_ah' THEN 'Billable at the after-hours rate (1.5×): an incident outside ' || d.tier || ' support hours.'
  WHEN 'incident_covered' THEN 'Covered: incident during ' || d.tier || ' support hours.' || ${AH_NOTE}
  WHEN 'incident_session' THEN 'Covered: help-desk session ' || d.sess_rank || ' of 2 this month (up to 15 min).'
    || CASE WHEN d.minutes > 15 THEN ' The remaining ' || pg_temp.dur(d.minutes - 15) || ' are billable.' ELSE '' END
  WHEN 'incident_billable' THEN 'Billable at the standard rate: this month''s 2 included help-desk sessions are used up.' || ${AH_NOTE}
  WHEN 'assess_covered' THEN 'Covered: maintenance assessment of ' || d.asset_class || ' assets is included in ' || d.tier || '.'
  WHEN 'assess_billable' THEN 'Billable at the standard rate: ' || CASE WHEN d.asset_class IS NULL
    THEN 'no asset of a covered class is linked to this maintenance ticket.' ELSE d.tier || ' does not include assessment of ' || d.asset_class || ' assets.' END
  WHEN 'alert_covered' THEN 'Covered: alert remediation is included in ' || d.tier || '.'
  WHEN 'alert_billable' THEN 'Billable: ' || d.tier || ' does not include remediation of monitoring alerts.'
  ELSE 'Billable at the standard rate: no rule covers this.' END`;

