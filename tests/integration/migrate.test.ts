/**
 * The offline migration runner (lib/db/migrate) against a real PostgreSQL server.
 * Self-contained: creates its own scratch databases on TEST_PG_ADMIN_URL and drops them.
 */
import { randomBytes } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applyMigrations,
  createMigration,
  defaultMigrationsDir,
  defaultSchemaPath,
  detectDrift,
  parseDatabaseUrl,
} from '@/lib/db/migrate';

const ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const created: string[] = [];

function urlFor(database: string): string {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  url.search = '?schema=public';
  return url.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>, database?: string): Promise<T> {
  const client = new pg.Client({ connectionString: database ? urlFor(database) : ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A new empty database; dropped in afterAll. */
async function scratchDatabase(label: string): Promise<{ name: string; url: string }> {
  const name = `psa_migrate_test_${label}_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"`));
  created.push(name);
  return { name, url: urlFor(name) };
}

async function migrationFolders(): Promise<string[]> {
  const entries = await readdir(defaultMigrationsDir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

afterAll(async () => {
  for (const name of created) {
    await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  }
  // the engine's shadow and replay databases are dropped on close; other runs may share the
  // server, so a leftover is only reported, not failed on
  const leftovers = await admin((c) =>
    c.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%' OR datname LIKE 'prisma_migrate_replay_%'",
    ),
  );
  if (leftovers.rowCount) console.warn('shadow/replay databases left on the server:', leftovers.rows.map((r) => r.datname));
});

describe('parseDatabaseUrl', () => {
  it('splits a Prisma-style URL into discrete pg fields', () => {
    expect(parseDatabaseUrl('postgresql://app%40x:p%3Ass@db.local:6543/psa_dev?schema=tenant')).toMatchObject({
      host: 'db.local',
      port: 6543,
      user: 'app@x',
      password: 'p:ss',
      database: 'psa_dev',
      schema: 'tenant',
    });
    expect(parseDatabaseUrl('postgres://postgres@127.0.0.1/db')).toMatchObject({
      port: 5432,
      password: undefined,
      schema: 'public',
    });
    expect(() => parseDatabaseUrl('mysql://x@y/z')).toThrow(/postgresql:\/\//);
  });
});

describe('applyMigrations and detectDrift', () => {
  let db: { name: string; url: string };

  beforeAll(async () => {
    db = await scratchDatabase('apply');
  });

  it('applies every migration to a fresh database, then none on a second run', async () => {
    const started = performance.now();
    const applied = await applyMigrations({ databaseUrl: db.url });
    const elapsed = performance.now() - started;
    expect(applied).toEqual(await migrationFolders());
    expect(applied.some((n) => n.endsWith('_init'))).toBe(true);
    console.info(`applied ${applied.length} migrations to a fresh database in ${Math.round(elapsed)} ms`);

    expect(await applyMigrations({ databaseUrl: db.url })).toEqual([]);

    const recorded = await admin(
      (c) => c.query<{ migration_name: string }>('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY 1'),
      db.name,
    );
    expect(recorded.rows.map((r) => r.migration_name)).toEqual(applied);
  });

  it('reports no drift right after applying (the hand-written ledger trigger included)', async () => {
    const report = await detectDrift({ databaseUrl: db.url });
    expect(report.summary).toMatch(/No drift/);
    expect(report.hasDrift).toBe(false);
    expect(report.database.differs).toBe(false);
    expect(report.schema.differs).toBe(false);
    expect(report.triggers.differs).toBe(false);
  });

  it('detects a column added by hand', async () => {
    await admin((c) => c.query('ALTER TABLE "Client" ADD COLUMN x int'), db.name);
    try {
      const report = await detectDrift({ databaseUrl: db.url });
      expect(report.hasDrift).toBe(true);
      expect(report.database.differs).toBe(true);
      expect(report.schema.differs).toBe(false);
      expect(report.database.summary).toContain('Client');
      expect(report.summary).toMatch(/Added column `x`/);
    } finally {
      await admin((c) => c.query('ALTER TABLE "Client" DROP COLUMN x'), db.name);
    }
  });

  it('detects the ledger trigger being disabled, which the engine diff cannot see', async () => {
    await admin((c) => c.query('ALTER TABLE "RetainerLedgerEntry" DISABLE TRIGGER "RetainerLedgerEntry_append_only"'), db.name);
    try {
      const report = await detectDrift({ databaseUrl: db.url });
      expect(report.database.differs).toBe(false);
      expect(report.triggers.missing).toEqual(['RetainerLedgerEntry.RetainerLedgerEntry_append_only']);
      expect(report.hasDrift).toBe(true);
    } finally {
      await admin((c) => c.query('ALTER TABLE "RetainerLedgerEntry" ENABLE TRIGGER "RetainerLedgerEntry_append_only"'), db.name);
    }
  });

  it('reports pending migrations on a database that has none applied', async () => {
    const empty = await scratchDatabase('pending');
    const report = await detectDrift({ databaseUrl: empty.url });
    expect(report.hasDrift).toBe(true);
    expect(report.history.pending).toEqual(await migrationFolders());
  });
});

describe('createMigration', () => {
  let db: { name: string; url: string };
  let workDir: string;
  let migrationsDir: string;

  beforeAll(async () => {
    db = await scratchDatabase('create');
    await applyMigrations({ databaseUrl: db.url });
    // work on a copy: nothing here may write into prisma/migrations
    workDir = await mkdtemp(path.join(tmpdir(), 'psa-migrate-'));
    migrationsDir = path.join(workDir, 'migrations');
    await cp(defaultMigrationsDir, migrationsDir, { recursive: true });
  });

  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it('returns null and writes nothing when schema.prisma matches the migrations', async () => {
    const before = await readdir(migrationsDir);
    expect(await createMigration({ databaseUrl: db.url, name: 'nothing', migrationsDir })).toBeNull();
    expect(await readdir(migrationsDir)).toEqual(before);
  });

  it('writes a new folder when the schema changes', async () => {
    const schemaPath = path.join(workDir, 'schema.prisma');
    const schema = await readFile(defaultSchemaPath, 'utf8');
    const changed = schema.replace(/(model AppSetting \{\n)/, '$1  note String?\n');
    expect(changed).not.toBe(schema);
    await writeFile(schemaPath, changed);
    const result = await createMigration({ databaseUrl: db.url, name: 'app_setting_note', migrationsDir, schemaPath });
    expect(result?.name).toMatch(/^\d{14}_app_setting_note$/);
    expect(await readFile(result!.scriptPath, 'utf8')).toContain('ALTER TABLE "AppSetting" ADD COLUMN     "note" TEXT');
    // and the new folder applies on top of the others
    expect(await applyMigrations({ databaseUrl: db.url, migrationsDir, schemaPath })).toEqual([result!.name]);
  });

  it('refuses an empty or invalid name', async () => {
    await expect(createMigration({ databaseUrl: db.url, name: '  ', migrationsDir })).rejects.toThrow(/name is required/);
    await expect(createMigration({ databaseUrl: db.url, name: 'drop table', migrationsDir })).rejects.toThrow(/Invalid migration name/);
  });
});

describe('the retainer ledger trigger', () => {
  let db: { name: string; url: string };
  let entryId: string;

  beforeAll(async () => {
    db = await scratchDatabase('ledger');
    await applyMigrations({ databaseUrl: db.url });
    entryId = await admin(async (c) => {
      const client = await c.query<{ id: string }>(`INSERT INTO "Client" (name, code) VALUES ('Acme', 'ACME') RETURNING id`);
      const clientId = client.rows[0].id;
      const contract = await c.query<{ id: string }>(
        `INSERT INTO "Contract" (number, "clientId", kind, name, "startsOn", "updatedAt")
         VALUES ('C-1', $1, 'retainer', 'Retainer', '2026-01-01', now()) RETURNING id`,
        [clientId],
      );
      const entry = await c.query<{ id: string }>(
        `INSERT INTO "RetainerLedgerEntry" ("contractId", "clientId", kind, units, "effectiveAt")
         VALUES ($1, $2, 'purchase', 40, now()) RETURNING id`,
        [contract.rows[0].id, clientId],
      );
      return entry.rows[0].id;
    }, db.name);
  });

  it('allows inserts (corrections are new entries)', async () => {
    const count = await admin(async (c) => {
      const first = await c.query<{ contractId: string; clientId: string }>(
        'SELECT "contractId", "clientId" FROM "RetainerLedgerEntry" WHERE id = $1',
        [entryId],
      );
      const { contractId, clientId } = first.rows[0];
      await c.query(
        `INSERT INTO "RetainerLedgerEntry" ("contractId", "clientId", kind, units, "effectiveAt", "reversesId")
         VALUES ($1, $2, 'reversal', -40, now(), $3)`,
        [contractId, clientId, entryId],
      );
      return (await c.query<{ n: number }>('SELECT count(*)::int AS n FROM "RetainerLedgerEntry"')).rows[0].n;
    }, db.name);
    expect(count).toBe(2);
  });

  it('refuses UPDATE', async () => {
    await expect(
      admin((c) => c.query('UPDATE "RetainerLedgerEntry" SET units = 1 WHERE id = $1', [entryId]), db.name),
    ).rejects.toThrow(/retainer ledger is append-only/);
  });

  it('refuses DELETE', async () => {
    await expect(
      admin((c) => c.query('DELETE FROM "RetainerLedgerEntry" WHERE id = $1', [entryId]), db.name),
    ).rejects.toThrow(/retainer ledger is append-only/);
    const left = await admin((c) => c.query('SELECT 1 FROM "RetainerLedgerEntry" WHERE id = $1', [entryId]), db.name);
    expect(left.rowCount).toBe(1);
  });
});
