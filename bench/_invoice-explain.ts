import { openBenchDb } from './lib/bench-db.ts';
const bench = await openBenchDb();
const { rows: [c] } = await bench.client.query(`SELECT id, timezone FROM "Client" ORDER BY code OFFSET 100 LIMIT 1`);
const sql = `EXPLAIN (ANALYZE, BUFFERS)
    SELECT te."ticketId", t.number, t.subject, p.rate::text, p."isAfterHours", (te.mode = 'onsite'), (d.rule = 'retainer'), (te."startedAt" < $2::timestamptz),
           SUM(CASE WHEN d.rule = 'retainer' AND p.units > 0 THEN p.units * COALESCE(co."roundingMinutes", 15) ELSE p.minutes END)::int AS minutes,
           SUM(p.amount)::text AS amount
    FROM "TimeEntry" te
    JOIN "BillingDecision" d ON d."timeEntryId" = te.id AND d."isCurrent"
    JOIN "DecisionPart" p ON p."decisionId" = d.id AND p.outcome = 'billable'
    JOIN "Ticket" t ON t.id = te."ticketId"
    LEFT JOIN "Contract" co ON co.id = te."contractId"
    WHERE te."clientId" = $1::uuid
      AND te."startedAt" >= $2::timestamptz AND te."startedAt" < $3::timestamptz
      AND (te."invoiceId" IS NULL OR te."invoiceId" = $4::uuid)
      AND NOT (p.rate IS NULL AND p.amount = 0)
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    HAVING SUM(p.amount) <> 0`;
const { rows } = await bench.client.query(sql, [c.id, '2026-10-01T00:00:00Z', '2026-11-01T00:00:00Z', '00000000-0000-0000-0000-000000000000']);
console.log(rows.map((r) => r['QUERY PLAN']).join('\n'));
await bench.close();
