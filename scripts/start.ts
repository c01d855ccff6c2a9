/**
 * `npm start`: a real PostgreSQL (embedded unless DATABASE_URL is set), migrations, demo data
 * once, a production build when the sources changed, then the app. Ctrl-C stops it all cleanly.
 */
import 'dotenv/config';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres, ensureDatabase, type EmbeddedDatabase } from '../lib/db/embedded.ts';
import { applyMigrations } from '../lib/db/migrate/index.ts';
import { DEMO_API_TOKEN, DEMO_PASSWORD, DEMO_SIGN_INS } from '../prisma/seed/demo-users.ts';
import { needsBuild } from './build-check.ts';
import { buildApp } from './build-app.ts';

const root = process.cwd();
const dataDir = path.resolve(process.env.PSA_DATA_DIR ?? '.data');
const appPort = Number(process.env.PORT ?? 4310);
const pgPort = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const log = (message: string) => console.log(`[psa] ${message}`);

let embedded: EmbeddedDatabase | null = null;
let app: ChildProcess | null = null;
let isStopping = false;

async function stop(code: number): Promise<never> {
  if (isStopping) process.exit(code);
  isStopping = true;
  if (app && app.exitCode === null) {
    app.kill('SIGTERM');
    await new Promise((resolve) => app!.once('exit', resolve));
  }
  if (embedded) {
    log('Stopping the embedded database…');
    await embedded.stop();
  }
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

function persistentSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(dataDir, 'nextauth-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

async function main() {
  let databaseUrl = process.env.DATABASE_URL;
  const isEmbedded = !databaseUrl;
  if (isEmbedded) {
    log(`No DATABASE_URL: starting the embedded PostgreSQL on port ${pgPort} (data in ${path.relative(root, dataDir)}/pg)…`);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port: pgPort });
    await ensureDatabase(embedded.urlFor('postgres'), 'psa');
    databaseUrl = embedded.urlFor('psa');
  }
  process.env.DATABASE_URL = databaseUrl;
  // the app's own connections go through the embedded server's Unix socket
  const appDatabaseUrl = embedded ? embedded.socketUrlFor('psa') : databaseUrl;

  const applied = await applyMigrations({ databaseUrl: databaseUrl! });
  log(applied.length ? `Applied ${applied.length} migration(s).` : 'Database schema is up to date.');

  const shouldSeed = (process.env.SEED_DEMO ?? (isEmbedded ? 'true' : 'false')) === 'true';
  if (shouldSeed) {
    const { db } = await import('../lib/db/client.ts');
    const { seedDemo } = await import('../prisma/seed/seed-demo.ts');
    if (await seedDemo(db)) log('Loaded the demo data.');
    await db.$disconnect();
  }

  if (needsBuild(root)) {
    log('Building the app…');
    if (!buildApp(root)) {
      log('The build failed.');
      await stop(1);
    }
  }

  const url = process.env.NEXTAUTH_URL ?? `http://localhost:${appPort}`;
  app = spawn(process.execPath, ['scripts/serve.mjs', String(appPort)], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DATABASE_URL: appDatabaseUrl, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NEXTAUTH_URL: url, NEXTAUTH_SECRET: persistentSecret() },
  });
  app.on('exit', (code) => {
    if (!isStopping) void stop(code ?? 1);
  });

  console.log(`\n  PSA is running at ${url}\n`);
  if (shouldSeed) {
    console.log(`  Demo sign-ins (password for all: ${DEMO_PASSWORD}):`);
    for (const signIn of DEMO_SIGN_INS) console.log(`    ${signIn.role.padEnd(44)} ${signIn.email}`);
    console.log(`\n  Demo API token (acts as the admin): ${DEMO_API_TOKEN}\n`);
  }
}

main().catch(async (error) => {
  console.error(error);
  await stop(1);
});
