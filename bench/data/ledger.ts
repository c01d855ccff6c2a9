/**
 * Retainer ledgers: a block of units bought each quarter (expiring at the quarter's end), a draw
 * per retainer entry, and an expiry entry for what a past quarter left unused. The balance (the
 * sum) is what the current quarter has left.
 */
import type { Step } from './params.ts';

export function ledgerSteps(): Step[] {
  const quarters = `FROM b_ret_plan p CROSS JOIN b_const k
         CROSS JOIN LATERAL (SELECT g::date AS q FROM generate_series(p.first_q, p.current_q, interval '3 months') g) g`;
  return [
    {
      table: 'RetainerLedgerEntry',
      indexedTables: ['RetainerLedgerEntry'],
      statements: [
        `INSERT INTO "RetainerLedgerEntry"("contractId", "clientId", kind, units, "effectiveAt", "expiresAt", note, "createdById", "createdAt")
         SELECT p.contract_id, p.client_id, CASE WHEN g.q = p.first_q THEN 'purchase' ELSE 'top_up' END::"LedgerEntryKind", p.units,
                g.q::timestamp AT TIME ZONE p.tz, (g.q + interval '3 months') AT TIME ZONE p.tz,
                'Quarterly block of ' || p.units / 4 || ' hours', k.admin_id, (g.q::timestamp AT TIME ZONE p.tz) - interval '2 days'
         ${quarters}`,
        `INSERT INTO "RetainerLedgerEntry"("contractId", "clientId", kind, units, "effectiveAt", "timeEntryId", "createdById", "createdAt")
         SELECT d.contract_id, d.client_id, 'draw', -d.drawn, d.started_at, d.id, d.user_id, least(d.ended_at + interval '3 minutes', k.now)
         FROM b_dec d CROSS JOIN b_const k WHERE d.drawn > 0`,
        `INSERT INTO "RetainerLedgerEntry"("contractId", "clientId", kind, units, "effectiveAt", note, "createdById", "createdAt")
         SELECT p.contract_id, p.client_id, 'expiry', -(p.units - coalesce(u.drawn, 0)), (g.q + interval '3 months') AT TIME ZONE p.tz,
                'Unused units expired at the end of the quarter', k.admin_id, (g.q + interval '3 months') AT TIME ZONE p.tz
         ${quarters}
         LEFT JOIN (SELECT contract_id, quarter, sum(drawn) AS drawn FROM b_dec WHERE drawn > 0 GROUP BY 1, 2) u
           ON u.contract_id = p.contract_id AND u.quarter = g.q
         WHERE g.q < p.current_q AND p.units > coalesce(u.drawn, 0)`,
      ],
    },
  ];
}
