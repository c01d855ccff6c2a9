import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import pg from 'pg';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '@/lib/db/embedded.ts';
import { applyMigrations } from '@/lib/db/migrate/index.ts';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database for one test run: on the server named by TEST_DATABASE_ADMIN_URL
 * when set (CI points it at the local server), else on an embedded PostgreSQL of its own.
 */
export async function createTestDatabase(label: string): Promise<TestDatabase> {
  let embedded: EmbeddedDatabase | null = null;
  let adminUrl = process.env.TEST_DATABASE_ADMIN_URL;
  let tempDir: string | null = null;
  if (!adminUrl) {
    tempDir = await fs.mkdtemp(path.join(os.tmpdir(), 'psa-test-pg-'));
    await fs.chmod(tempDir, 0o755);
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(tempDir, 'data'),
      port: Number(process.env.TEST_PG_PORT ?? 54399 + Math.floor(Math.random() * 400)),
      persistent: false,
    });
    adminUrl = embedded.urlFor('postgres');
  }
  const name = `psa_${label}_${Date.now().toString(36)}_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await applyMigrations({ databaseUrl: url.toString() });

  return {
    url: url.toString(),
    async drop() {
      try {
        const client = new pg.Client({ connectionString: adminUrl });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await client.end();
      } catch (error) {
        // an embedded server may already be shutting down (a signal to the whole process
        // group); its folder is removed below anyway
        if (!embedded) throw error;
      }
      if (embedded) await embedded.stop().catch(() => undefined);
      if (tempDir) await fs.rm(tempDir, { recursive: true, force: true });
    },
  };
}
