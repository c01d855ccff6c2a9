/**
 * `npm run bench:data -- [--size small|medium|full|queues] [--database-url URL] [--reset]`
 * Fills a bench database with set-based SQL (INSERT … SELECT over generate_series and staging
 * tables), then ANALYZE; prints seconds and rows per table and writes .data/bench-db.json.
 */
import 'dotenv/config';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { hashPassword } from '@/lib/auth/password.ts';
import { hashToken } from '@/lib/auth/token-hash.ts';
import { applyMigrations } from '@/lib/db/migrate/index.ts';
import { DEFAULT_RULES } from '@/lib/domain/billing/index.ts';
import { BENCH_DB_FILE, BENCH_DB_NAME, type BenchServer, recreateDatabase, serverForGeneration, writeBenchDbInfo } from './lib/bench-db.ts';
import { mb } from './lib/result.ts';
import { SIZES, type Params, type SizeName, type Step } from './data/params.ts';
import { FUNCTIONS, SESSION_SETUP } from './data/functions.ts';
import { trySkipForeignKeyChecks, verifyForeignKeys, withIndexesRebuilt } from './data/bulk-load.ts';
import { referenceSteps } from './data/reference.ts';
import { clientSteps } from './data/clients.ts';
import { ticketSteps } from './data/tickets.ts';
import { entrySteps } from './data/entries.ts';
import { ledgerSteps } from './data/ledger.ts';
import { commentSteps } from './data/comments.ts';
import { searchVectorSteps, setSearchVectorTriggers } from './data/search-vectors.ts';

const BENCH_API_TOKEN = 'psa_bench_admin_token_for_local_use_only';
const BENCH_PASSWORD = 'bench-password';

const COUNTED_TABLES = ['Client', 'User', 'Contract', 'Asset', 'Ticket', 'TicketAsset', 'TicketComment', 'Estimate', 'TimeEntry', 'BillingDecision',
  'DecisionPart', 'RetainerLedgerEntry'];

async function prepareDatabase(explicitUrl: string | undefined, reset: boolean) {
  const server = await serverForGeneration(explicitUrl);
  const url = server.urlFor(BENCH_DB_NAME);
  if (server.source !== 'url') await recreateDatabase(server, BENCH_DB_NAME);
  const applied = await applyMigrations({ databaseUrl: url });
  console.log(`Database ${url.replace(/:[^:@/]*@/, ':***@')} (${server.source}); applied ${applied.length} migration(s).`);
  if (server.source === 'url') {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM "Client"');
    if (rows[0].n > 0 && !reset) {
      await client.end();
      await server.release();
      throw new Error('That database already has clients: pass --reset to empty every table first.');
    }
    if (reset) {
      const tables = await client.query<{ name: string }>(
        `SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
      );
      await client.query(`TRUNCATE ${tables.rows.map((t) => t.name).join(', ')} RESTART IDENTITY CASCADE`);
    }
    await client.end();
  }
  return { server, url };
}

async function runStep(client: pg.Client, step: Step): Promise<{ rows: number; seconds: number }> {
  const start = performance.now();
  const rows = await withIndexesRebuilt(client, step.indexedTables ?? [], async () => {
    let count = 0;
    for (const sql of step.statements) {
      const result = await client.query(sql);
      if (result.command === 'INSERT' || result.command === 'SELECT' || result.command === 'UPDATE') count += result.rowCount ?? 0;
    }
    return count;
  });
  return { rows, seconds: (performance.now() - start) / 1000 };
}

function printLine(label: string, rows: number | null, seconds: number) {
  const count = rows === null ? '' : `${rows.toLocaleString('en-US')} rows`;
  console.log(`${label.padEnd(52)} ${count.padStart(16)} ${seconds.toFixed(2).padStart(8)} s`);
}

function backendPeakRssMb(pid: number): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]);
    return kb ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

async function main() {
  const { values } = parseArgs({
    options: { size: { type: 'string', default: 'small' }, 'database-url': { type: 'string' }, reset: { type: 'boolean', default: false } },
  });
  const sizeName = values.size as SizeName;
  if (!SIZES[sizeName]) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}`);
  const began = performance.now();
  fs.rmSync(BENCH_DB_FILE, { force: true }); // a half-made database must not look ready
  const { server, url } = await prepareDatabase(values['database-url'] ?? process.env.BENCH_DATABASE_URL, values.reset ?? false);
  try {
    await generate(sizeName, url, server);
  } finally {
    await server.release();
  }
  console.log(`Done in ${((performance.now() - began) / 1000).toFixed(1)} s (including database creation and migrations).`);
}

async function generate(sizeName: SizeName, url: string, server: BenchServer) {
  const began = performance.now();

  const now = new Date();
  now.setUTCMinutes(0, 0, 0);
  const params: Params = {
    ...SIZES[sizeName],
    now: now.toISOString(),
    passwordHash: await hashPassword(BENCH_PASSWORD),
    tokenHash: hashToken(BENCH_API_TOKEN),
    tokenPrefix: BENCH_API_TOKEN.slice(0, 12),
    rulesJson: JSON.stringify(DEFAULT_RULES),
  };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const rows: Record<string, number> = {};
  try {
    for (const sql of [...SESSION_SETUP, ...FUNCTIONS]) await client.query(sql);
    const isSkippingFkChecks = await trySkipForeignKeyChecks(client);
    const backendPid = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    const steps = [...referenceSteps(params), ...clientSteps(params), ...ticketSteps(params), ...entrySteps(params), ...ledgerSteps(),
      ...commentSteps(params), ...searchVectorSteps()];
    console.log(`Generating --size ${sizeName} (now = ${params.now}):`);
    // row triggers would rebuild a ticket's document per comment; the last step fills them all at once
    await setSearchVectorTriggers(client, false);
    try {
      for (const step of steps) {
        const { rows: count, seconds } = await runStep(client, step);
        printLine(step.isStaging ? `  (staging) ${step.table}` : `  ${step.table}`, count, seconds);
      }
    } finally {
      await setSearchVectorTriggers(client, true);
    }
    if (isSkippingFkChecks) {
      const checkStart = performance.now();
      await client.query('RESET session_replication_role');
      const checked = await verifyForeignKeys(client);
      printLine(`  foreign keys checked afterwards (${checked})`, null, (performance.now() - checkStart) / 1000);
    }
    // VACUUM as well: hint bits and the visibility map set now, not during the first benches
    const analyzeStart = performance.now();
    await client.query('VACUUM (ANALYZE)');
    printLine('  VACUUM (ANALYZE)', null, (performance.now() - analyzeStart) / 1000);

    for (const table of COUNTED_TABLES) {
      const { rows: found } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "${table}"`);
      rows[table] = found[0].n;
    }
    const size = await client.query<{ size: string }>('SELECT pg_size_pretty(pg_database_size(current_database())) AS size');
    const seconds = (performance.now() - began) / 1000;
    console.log('\nRow counts:');
    for (const [table, n] of Object.entries(rows)) console.log(`  ${table.padEnd(22)} ${n.toLocaleString('en-US').padStart(11)}`);
    const backendRss = backendPeakRssMb(backendPid);
    console.log(
      `\nData ${seconds.toFixed(1)} s; database size ${size.rows[0].size}; ` +
        `generator peak RSS ${mb(process.resourceUsage().maxRSS * 1024)} MB` +
        (backendRss ? `; PostgreSQL backend peak RSS ${backendRss} MB` : ''),
    );
  } finally {
    await client.end();
  }

  writeBenchDbInfo({
    url,
    source: server.source,
    embedded: server.embedded,
    size: sizeName,
    generatedAt: params.now,
    apiToken: BENCH_API_TOKEN,
    staffPassword: BENCH_PASSWORD,
    rows,
  });
  console.log(`Wrote .data/bench-db.json. Sign in as admin@bench.demo / ${BENCH_PASSWORD}; API token: ${BENCH_API_TOKEN}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
