import { openBenchDb } from './lib/bench-db.ts';
const bench = await openBenchDb();
for (const q of [
  `SELECT "periodStart"::text, status, count(*) FROM "Invoice" GROUP BY 1,2 ORDER BY 1 DESC LIMIT 10`,
  `SELECT count(*) FILTER (WHERE "invoiceId" IS NOT NULL) inv, count(*) FILTER (WHERE "lockedAt" IS NOT NULL) locked, count(*) FROM "TimeEntry"`,
  `SELECT count(*) FROM "InvoiceLine"`,
  `SELECT count(*) FROM "AuditLog"`,
]) console.log((await bench.client.query(q)).rows);
await bench.close();
