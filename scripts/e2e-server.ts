/**
 * The app as browser tests see it: a fresh migrated database with the demo data, the production
 * build, `next start`. Dropped again when Playwright stops it (SIGTERM).
 */
import { spawn } from 'node:child_process';
import { createTestDatabase } from '../tests/setup/test-database.ts';
import { buildIfNeeded } from './build-app.ts';

const port = Number(process.env.E2E_PORT ?? 4391);
const database = await createTestDatabase('e2e');
process.env.DATABASE_URL = database.url;
const { db } = await import('../lib/db/client.ts');
const { seedDemo } = await import('../prisma/seed/seed-demo.ts');
await seedDemo(db);
await db.$disconnect();

if (!buildIfNeeded()) {
  await database.drop();
  process.exit(1);
}

const app = spawn(process.execPath, ['scripts/serve.mjs', String(port)], {
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'e2e-only-secret-not-for-production',
  },
});

let isStopping = false;
async function stop() {
  if (isStopping) return;
  isStopping = true;
  if (app.exitCode === null) {
    app.kill('SIGTERM');
    await new Promise((resolve) => app.once('exit', resolve));
  }
  await database.drop();
  process.exit(0);
}
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
app.on('exit', () => void stop());
