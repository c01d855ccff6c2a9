import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { applyMigrations } from './apply-migrations';
import { parseDatabaseUrl, quoteIdent, withDatabase, type PgConnection } from './connection';
import { withClient } from './pg-pool';

export interface TriggerComparison {
  differs: boolean;
  /** Made by the migrations, absent (or different) in the database. */
  missing: string[];
  /** In the database, not made by the migrations (or different). */
  unexpected: string[];
}

/** `table.trigger: definition` plus the trigger function's source, for user triggers of one schema. */
const TRIGGERS_SQL = `
  SELECT c.relname AS "table", t.tgname AS "trigger", pg_get_triggerdef(t.oid) AS "definition",
         md5(p.prosrc) AS "functionHash", t.tgenabled::text AS "enabled"
  FROM pg_trigger t
  JOIN pg_class c ON c.oid = t.tgrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_proc p ON p.oid = t.tgfoid
  WHERE NOT t.tgisinternal AND n.nspname = $1`;

async function triggerSignatures(client: pg.Client, schema: string): Promise<Map<string, string>> {
  const { rows } = await client.query<{ table: string; trigger: string; definition: string; functionHash: string; enabled: string }>(
    TRIGGERS_SQL,
    [schema],
  );
  return new Map(rows.map((r) => [`${r.table}.${r.trigger}`, `${r.definition} | fn ${r.functionHash} | ${r.enabled}`]));
}

/**
 * The schema engine's diff ignores triggers (and functions), so a dropped or edited
 * trigger (like the ledger's append-only guard) would go unnoticed. This replays the
 * migrations into a throw-away database and compares user triggers with the live one.
 */
export async function compareTriggers({
  databaseUrl,
  migrationsDir,
  schemaPath,
}: {
  databaseUrl: string;
  migrationsDir?: string;
  schemaPath?: string;
}): Promise<TriggerComparison> {
  const conn: PgConnection = parseDatabaseUrl(databaseUrl);
  const replay = `prisma_migrate_replay_${randomUUID().replace(/-/g, '')}`;
  await withClient(conn, (c) => c.query(`CREATE DATABASE ${quoteIdent(replay)}`));
  try {
    await applyMigrations({ databaseUrl: withDatabase(databaseUrl, replay), migrationsDir, schemaPath });
    const expected = await withClient(conn, (c) => triggerSignatures(c, conn.schema), replay);
    const actual = await withClient(conn, (c) => triggerSignatures(c, conn.schema));
    const missing = [...expected].filter(([k, v]) => actual.get(k) !== v).map(([k]) => k);
    const unexpected = [...actual].filter(([k, v]) => expected.get(k) !== v).map(([k]) => k);
    return { differs: missing.length + unexpected.length > 0, missing, unexpected };
  } finally {
    await withClient(conn, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(replay)} WITH (FORCE)`));
  }
}
