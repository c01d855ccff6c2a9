/**
 * Logging time through the REST API (`POST /api/v1/tickets/{id}/time-entries`) against the bench
 * database, load from autocannon: the most it answers with 10 connections (and their p95), then
 * the p95 when 300 requests a second are offered (the budget: to sustain 300/s under 30 ms).
 * Entries are incidents' work of the last hours, spread over all clients, as technicians log it.
 */
import autocannon from 'autocannon';
import { openBenchDb } from './lib/bench-db.ts';
import { startAppServer } from './lib/app-server.ts';
import { percentile } from './lib/latency.ts';
import { openLoop } from './lib/open-loop.ts';
import { describeCpuSplit, startCpuSplit } from './lib/cpu-split.ts';
import { BENCH_NOTES, forgetBenchTime } from './lib/forget-bench-time.ts';
import { isMain, formatTable, type BenchResult } from './lib/result.ts';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const OFFERED_RATE = Number(process.env.BENCH_RATE ?? 300);

export async function run(): Promise<BenchResult[]> {
  const bench = await openBenchDb();
  const forgotten = await forgetBenchTime(bench.client);
  if (forgotten) console.log(`  removed ${forgotten} time entries an earlier run logged`);
  const { rows } = await bench.client.query<{ id: string }>(`
    SELECT t.id FROM "Ticket" t
    WHERE t.type = 'incident' AND t.status NOT IN ('resolved', 'closed')
      AND NOT EXISTS (SELECT 1 FROM "TicketAsset" ta JOIN "Asset" a ON a.id = ta."assetId" WHERE ta."ticketId" = t.id AND NOT a."isSupported")
    ORDER BY random() LIMIT 5000`);
  const app = await startAppServer({ databaseUrl: bench.appUrl });
  let counter = 0;
  try {
    const body = () => {
      const ticketId = rows[counter++ % rows.length].id;
      const end = Date.now() - Math.floor(Math.random() * 120) * 60_000;
      const start = end - (10 + Math.floor(Math.random() * 35)) * 60_000;
      return { ticketId, json: JSON.stringify({ startedAt: new Date(start).toISOString(), endedAt: new Date(end).toISOString(), mode: 'remote', notes: BENCH_NOTES }) };
    };
    const headers = { authorization: `Bearer ${bench.info.apiToken}`, 'content-type': 'application/json' };
    const load = (options: { connections: number; duration?: number; amount?: number; overallRate?: number }) => {
      const latencies: number[] = [];
      return new Promise<{ result: autocannon.Result; latencies: number[] }>((resolve, reject) => {
        const instance = autocannon(
          { url: app.baseUrl, headers, requests: [{ method: 'POST', setupRequest: (req) => withBody(req, body()) }], ...options },
          (error, result) => (error ? reject(error) : resolve({ result, latencies })),
        );
        instance.on('response', (_client, statusCode, _bytes, responseTime) => {
          if (statusCode === 201) latencies.push(responseTime);
        });
      });
    };
    // warm-up: compile routes, fill pools, prepare statements on every connection
    await load({ connections: CONNECTIONS, amount: 200 });
    const cpuSplit = startCpuSplit();
    const closed = await load({ connections: CONNECTIONS, duration: DURATION_S });
    const split = describeCpuSplit(cpuSplit(), closed.result['2xx'], 'request');
    // the budget's reading: 300 requests offered per second, latency of each
    const offered = await openLoop({
      baseUrl: app.baseUrl,
      ratePerSecond: OFFERED_RATE,
      durationS: DURATION_S,
      okStatus: 201,
      request: () => {
        const next = body();
        return { method: 'POST', path: `/api/v1/tickets/${next.ticketId}/time-entries`, headers, body: next.json };
      },
    });
    const notCreated = Object.entries(offered.byStatus).filter(([status]) => status !== '201');
    const failed = (r: autocannon.Result) => r.non2xx + r.errors + r.timeouts;
    return [
      {
        name: 'api: log time',
        value: closed.result['2xx'] / DURATION_S,
        unit: 'req/s',
        budget: 300,
        budgetKind: 'min',
        note: `${closed.result['2xx']} created, ${failed(closed.result)} failed, ${CONNECTIONS} connections as fast as answered, ${DURATION_S} s${split ? `; ${split}` : ''}`,
      },
      {
        name: 'api: log time p95',
        value: percentile(closed.latencies, 95),
        unit: 'ms',
        budget: 30,
        budgetKind: 'max',
        note: `same run; p50 ${percentile(closed.latencies, 50).toFixed(1)} ms, p99 ${percentile(closed.latencies, 99).toFixed(1)} ms`,
      },
      {
        name: `api: p95 at ${OFFERED_RATE} req/s offered`,
        value: percentile(offered.latencies, 95),
        unit: 'ms',
        budget: 30,
        budgetKind: 'max',
        note: `open loop, ${offered.answeredPerSecond.toFixed(1)} req/s answered, ${notCreated.length ? notCreated.map(([s, n]) => `${n}× ${s}`).join(', ') : 'none'} failed, p50 ${percentile(offered.latencies, 50).toFixed(1)} ms`,
      },
    ];
  } finally {
    await app.stop();
    await bench.close();
  }
}

function withBody(request: autocannon.Request, next: { ticketId: string; json: string }): autocannon.Request {
  return { ...request, path: `/api/v1/tickets/${next.ticketId}/time-entries`, body: next.json };
}

if (isMain(import.meta.url)) {
  run().then((results) => console.log(formatTable(results)));
}
