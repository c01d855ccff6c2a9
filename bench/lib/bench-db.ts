/**
 * Where the bench database lives: an explicit URL, `psa_bench` on TEST_DATABASE_ADMIN_URL, or
 * `psa_bench` on a persistent embedded PostgreSQL (.data/bench-pg, port 54341). The generator
 * records the choice in .data/bench-db.json; the SQL benches reopen it from there.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { embeddedSocketUrl, startEmbeddedPostgres, type EmbeddedDatabase } from '@/lib/db/embedded.ts';

export const BENCH_DB_FILE = path.resolve('.data/bench-db.json');
export const BENCH_DB_NAME = 'psa_bench';
const EMBEDDED_DIR = path.resolve('.data/bench-pg');
const EMBEDDED_PORT = 54341;

export interface BenchDbInfo {
  url: string;
  source: 'url' | 'admin' | 'embedded';
  embedded?: { dataDir: string; port: number };
  size: string;
  generatedAt: string;
  apiToken: string;
  staffPassword: string;
  rows: Record<string, number>;
}

export interface BenchServer {
  /** URL of `database` on the server (admin/embedded), or the explicit URL */
  urlFor(database: string): string;
  source: BenchDbInfo['source'];
  embedded?: BenchDbInfo['embedded'];
  /** stops the embedded server when this process started it */
  release(): Promise<void>;
}

function isPortOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => (socket.end(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/** Starts the bench cluster unless it already listens (another bench run keeps it up). */
async function embeddedServer(dataDir = EMBEDDED_DIR, port = EMBEDDED_PORT): Promise<BenchServer> {
  let started: EmbeddedDatabase | null = null;
  if (!(await isPortOpen(port))) started = await startEmbeddedPostgres({ dataDir, port, persistent: true });
  const base = `postgresql://postgres:postgres@127.0.0.1:${port}`;
  return {
    urlFor: (database) => `${base}/${encodeURIComponent(database)}`,
    source: 'embedded',
    embedded: { dataDir: path.relative(process.cwd(), dataDir), port },
    release: async () => {
      if (!started) return;
      if (await hasOtherClients(`${base}/postgres`)) {
        console.log(`The bench PostgreSQL on port ${port} is in use by another process: left running.`);
        return;
      }
      await started.stop();
    },
  };
}

/** Another bench may have connected to the server this process started: don't pull it away. */
async function hasOtherClients(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()`,
    );
    return rows[0].n > 0;
  } finally {
    await client.end();
  }
}

/** The server for a new bench database, per the brief's order of preference. */
export async function serverForGeneration(explicitUrl?: string): Promise<BenchServer> {
  if (explicitUrl) return { urlFor: () => explicitUrl, source: 'url', release: async () => {} };
  const adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
  if (adminUrl) {
    return {
      urlFor: (database) => Object.assign(new URL(adminUrl), { pathname: `/${database}` }).toString(),
      source: 'admin',
      release: async () => {},
    };
  }
  return embeddedServer();
}

/** DROP and CREATE the database (admin or embedded server only). */
export async function recreateDatabase(server: BenchServer, database: string): Promise<void> {
  const admin = new pg.Client({ connectionString: server.urlFor('postgres') });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(database)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
  } finally {
    await admin.end();
  }
}

export function readBenchDbInfo(): BenchDbInfo | null {
  if (!fs.existsSync(BENCH_DB_FILE)) return null;
  return JSON.parse(fs.readFileSync(BENCH_DB_FILE, 'utf8')) as BenchDbInfo;
}

export function writeBenchDbInfo(info: BenchDbInfo): void {
  fs.mkdirSync(path.dirname(BENCH_DB_FILE), { recursive: true });
  fs.writeFileSync(BENCH_DB_FILE, `${JSON.stringify(info, null, 2)}\n`, { mode: 0o600 });
}

/** Connects to the generated bench database, starting the embedded server if it is down. */
export async function openBenchDb(): Promise<{
  info: BenchDbInfo;
  client: pg.Client;
  /** for the app under test: the embedded server's Unix socket when it has one (as `npm start` connects) */
  appUrl: string;
  close(): Promise<void>;
}> {
  const info = readBenchDbInfo();
  if (!info) throw new Error(`No ${path.relative(process.cwd(), BENCH_DB_FILE)}: run \`npm run bench:data\` first.`);
  const server = info.embedded ? await embeddedServer(path.resolve(info.embedded.dataDir), info.embedded.port) : null;
  const client = new pg.Client({ connectionString: info.url });
  await client.connect();
  const database = new URL(info.url).pathname.slice(1);
  const socketUrl = info.embedded ? await embeddedSocketUrl({ ...info.embedded, database }) : null;
  return {
    info,
    client,
    appUrl: socketUrl ?? info.url,
    close: async () => {
      await client.end();
      await server?.release();
    },
  };
}
