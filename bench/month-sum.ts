/**
 * `npx tsx bench/month-sum.ts`: what an invoice run needs from the database: a month of
 * billable decision parts summed per client. Times the UTC-month query and the invoice-period
 * form (each client's own calendar month), median of several warm runs.
 */
import type pg from 'pg';
import { openBenchDb } from './lib/bench-db.ts';
import { formatTable, isMain, median, type BenchResult } from './lib/result.ts';

const RUNS = 5;
const BUDGET_MS = 400;

const UTC_MONTH = `
  SELECT te."clientId", sum(dp.amount) AS amount
  FROM "TimeEntry" te
  JOIN "BillingDecision" bd ON bd."timeEntryId" = te.id AND bd."isCurrent"
  JOIN "DecisionPart" dp ON dp."decisionId" = bd.id AND dp.outcome = 'billable'
  WHERE te."startedAt" >= $1::timestamptz AND te."startedAt" < $2::timestamptz
  GROUP BY te."clientId"`;

const CLIENT_MONTH = `
  SELECT c.id AS "clientId", sum(dp.amount) AS amount
  FROM "Client" c
  JOIN "TimeEntry" te ON te."clientId" = c.id
   AND te."startedAt" >= ($1::timestamp AT TIME ZONE c.timezone) AND te."startedAt" < ($2::timestamp AT TIME ZONE c.timezone)
  JOIN "BillingDecision" bd ON bd."timeEntryId" = te.id AND bd."isCurrent"
  JOIN "DecisionPart" dp ON dp."decisionId" = bd.id AND dp.outcome = 'billable'
  GROUP BY c.id`;

/** The last whole calendar month before the data's "now". */
export function lastWholeMonth(generatedAt: string): { start: string; end: string; label: string } {
  const now = new Date(generatedAt);
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return { start: day(start), end: day(end), label: day(start).slice(0, 7) };
}

async function timeQuery(client: pg.Client, sql: string, args: string[]) {
  const result = await client.query(sql, args); // warm-up (and the figures)
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await client.query(sql, args);
    times.push(performance.now() - start);
  }
  const total = result.rows.reduce((sum, row: { amount: string }) => sum + Number(row.amount), 0);
  return { ms: median(times), clients: result.rowCount ?? 0, total };
}

async function planOf(client: pg.Client, sql: string, args: string[]): Promise<string> {
  const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, args);
  return rows.map((row: { 'QUERY PLAN': string }) => row['QUERY PLAN']).join('\n');
}

export async function run(): Promise<BenchResult[]> {
  const db = await openBenchDb();
  try {
    const month = lastWholeMonth(db.info.generatedAt);
    const args = [month.start, month.end];
    const { rows } = await db.client.query<{ month: number; all: number }>(
      `SELECT count(*) FILTER (WHERE "startedAt" >= $1::timestamptz AND "startedAt" < $2::timestamptz)::int AS month, count(*)::int AS all
       FROM "TimeEntry"`,
      args,
    );
    const share = `${rows[0].month.toLocaleString('en-US')} of ${rows[0].all.toLocaleString('en-US')} entries`;
    const utc = await timeQuery(db.client, UTC_MONTH, args);
    const local = await timeQuery(db.client, CLIENT_MONTH, args);
    if (isMain(import.meta.url)) {
      console.log(`Bench database: ${db.info.size} (${db.info.generatedAt}); month ${month.label}: ${share}.`);
      console.log(`UTC month: ${utc.clients} clients, ${utc.total.toFixed(2)} billable; client months: ${local.clients} clients, ${local.total.toFixed(2)}.`);
      console.log(`\nPlan, UTC month:\n${await planOf(db.client, UTC_MONTH, args)}`);
      console.log(`\nPlan, client months:\n${await planOf(db.client, CLIENT_MONTH, args)}\n`);
    }
    const note = `${month.label}, ${share} (${db.info.size} data)`;
    return [
      { name: 'sql: month sum per client (UTC month)', value: utc.ms, unit: 'ms', budget: BUDGET_MS, budgetKind: 'max', note },
      { name: 'sql: month sum per client (client months)', value: local.ms, unit: 'ms', budget: BUDGET_MS, budgetKind: 'max', note },
    ];
  } finally {
    await db.close();
  }
}

if (isMain(import.meta.url)) {
  console.log(formatTable(await run()));
}
