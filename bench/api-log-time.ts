/**
 * Logging time through the REST API (`POST /api/v1/tickets/{id}/time-entries`) against the bench
 * database: sustained requests per second and p95 latency, load from autocannon (10 connections).
 * Entries are incidents' work of the last hours, spread over all clients, as technicians log it.
 */
import autocannon from 'autocannon';
import { openBenchDb } from './lib/bench-db.ts';
import { startAppServer } from './lib/app-server.ts';
import { percentile } from './lib/latency.ts';
import { isMain, formatTable, type BenchResult } from './lib/result.ts';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

export async function run(): Promise<BenchResult[]> {
  const bench = await openBenchDb();
  const { rows } = await bench.client.query<{ id: string }>(`
    SELECT t.id FROM "Ticket" t
    WHERE t.type = 'incident' AND t.status NOT IN ('resolved', 'closed')
      AND NOT EXISTS (SELECT 1 FROM "TicketAsset" ta JOIN "Asset" a ON a.id = ta."assetId" WHERE ta."ticketId" = t.id AND NOT a."isSupported")
    ORDER BY random() LIMIT 5000`);
  const app = await startAppServer({ databaseUrl: bench.info.url });
  const latencies: number[] = [];
  let counter = 0;
  try {
    const body = () => {
      const ticketId = rows[counter++ % rows.length].id;
      const end = Date.now() - Math.floor(Math.random() * 120) * 60_000;
      const start = end - (10 + Math.floor(Math.random() * 35)) * 60_000;
      return { ticketId, json: JSON.stringify({ startedAt: new Date(start).toISOString(), endedAt: new Date(end).toISOString(), mode: 'remote', notes: 'bench' }) };
    };
    // warm-up: compile routes and fill pools
    await autocannon({ url: app.baseUrl, connections: 2, amount: 40, requests: [{ method: 'POST', setupRequest: (req) => withBody(req, body()) }], headers: { authorization: `Bearer ${bench.info.apiToken}`, 'content-type': 'application/json' } });
    const result = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: app.baseUrl,
          connections: CONNECTIONS,
          duration: DURATION_S,
          headers: { authorization: `Bearer ${bench.info.apiToken}`, 'content-type': 'application/json' },
          requests: [{ method: 'POST', setupRequest: (req) => withBody(req, body()) }],
        },
        (error, finished) => (error ? reject(error) : resolve(finished)),
      );
      instance.on('response', (_client, statusCode, _bytes, responseTime) => {
        if (statusCode === 201) latencies.push(responseTime);
      });
    });
    const ok = result['2xx'];
    const failed = result.non2xx + result.errors + result.timeouts;
    return [
      { name: 'api: log time', value: ok / DURATION_S, unit: 'req/s', budget: 300, budgetKind: 'min', note: `${ok} created, ${failed} failed, ${CONNECTIONS} connections, ${DURATION_S} s` },
      { name: 'api: log time p95', value: percentile(latencies, 95), unit: 'ms', budget: 30, budgetKind: 'max', note: `p50 ${percentile(latencies, 50).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms` },
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
