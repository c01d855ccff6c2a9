import path from 'node:path';
import type { DiffTarget, HistoryDiagnostic, SchemaEngine } from '@prisma/schema-engine-wasm';
import { withEngine } from './engine';
import { noFilter } from './filters';
import { readMigrationsList } from './migrations-dir';
import { defaultMigrationsDir, defaultSchemaPath } from './paths';
import { readSchema } from './schema-files';
import { compareTriggers, type TriggerComparison } from './trigger-drift';

export interface DetectDriftOptions {
  databaseUrl: string;
  migrationsDir?: string;
  schemaPath?: string;
}

export interface SchemaComparison {
  differs: boolean;
  /** The engine's human-readable diff ("[+] Added tables …"), or "No difference detected." */
  summary: string;
}

export interface MigrationHistoryStatus {
  /** In the folder, not applied to the database. */
  pending: string[];
  /** Applied to the database, missing from the folder. */
  missingFromFolder: string[];
  /** Applied, but migration.sql changed since (checksum mismatch). */
  edited: string[];
  /** Recorded as failed in _prisma_migrations. */
  failed: string[];
}

export interface DriftReport {
  /** True when any of the checks below found something. */
  hasDrift: boolean;
  /** The live database compared with the schema the migrations produce (from → to: migrations → database). */
  database: SchemaComparison;
  /** schema.prisma compared with the schema the migrations produce (what a new migration would contain). */
  schema: SchemaComparison;
  /** User triggers (invisible to the engine's diff) compared with a replay of the migrations. */
  triggers: TriggerComparison;
  history: MigrationHistoryStatus;
  /** Everything above as readable text. */
  summary: string;
}

async function compare(engine: SchemaEngine, from: DiffTarget, to: DiffTarget): Promise<SchemaComparison> {
  const result = await engine.diff({ from, to, script: false, exitCode: true, filters: noFilter });
  // exitCode: 0 = same, 2 = different
  return { differs: result.exitCode === 2, summary: (result.stdout ?? '').trim() };
}

function historyStatus(
  history: HistoryDiagnostic | null,
  edited: string[],
  failed: string[],
): MigrationHistoryStatus {
  const status: MigrationHistoryStatus = { pending: [], missingFromFolder: [], edited, failed };
  if (!history) return status;
  if (history.diagnostic === 'databaseIsBehind') status.pending = history.unappliedMigrationNames;
  else if (history.diagnostic === 'migrationsDirectoryIsBehind') status.missingFromFolder = history.unpersistedMigrationNames;
  else {
    status.pending = history.unappliedMigrationNames;
    status.missingFromFolder = history.unpersistedMigrationNames;
  }
  return status;
}

function describe(report: Omit<DriftReport, 'summary'>): string {
  const lines: string[] = [];
  const { history } = report;
  const list = (title: string, names: string[]) => {
    if (names.length) lines.push(`${title}:`, ...names.map((n) => `  - ${n}`));
  };
  list('Migrations not yet applied to the database (run db:migrate)', history.pending);
  list('Migrations applied to the database but missing from prisma/migrations', history.missingFromFolder);
  list('Migrations edited after they were applied', history.edited);
  list('Migrations that failed', history.failed);
  if (report.database.differs) {
    lines.push('The database schema differs from what the migrations produce (migrations → database):', indent(report.database.summary));
  }
  if (report.triggers.missing.length) {
    list('Triggers the migrations create that are missing or different in the database', report.triggers.missing);
  }
  if (report.triggers.unexpected.length) {
    list('Triggers in the database that the migrations do not create (or create differently)', report.triggers.unexpected);
  }
  if (report.schema.differs) {
    lines.push(
      'prisma/schema.prisma differs from what the migrations produce; create a migration (db:migration <name>):',
      indent(report.schema.summary),
    );
  }
  return lines.length ? lines.join('\n') : 'No drift: the database, the migrations and schema.prisma agree.';
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => (l ? `  ${l}` : l))
    .join('\n');
}

/**
 * Compares three things: the live database, the schema replayed from prisma/migrations
 * on a shadow database, and prisma/schema.prisma. Read-only for the live database.
 *
 * The engine's diff covers tables, columns, types, enums, indexes, foreign keys and
 * defaults; it does not see functions or triggers, so hand-written triggers in migrations
 * are not drift for it. Triggers are compared separately (see trigger-drift.ts).
 */
export async function detectDrift({
  databaseUrl,
  migrationsDir = defaultMigrationsDir,
  schemaPath = defaultSchemaPath,
}: DetectDriftOptions): Promise<DriftReport> {
  const migrationsList = await readMigrationsList(migrationsDir);
  const schema = await readSchema(schemaPath);
  // with no migration folders yet there is no migration_lock.toml, which the engine needs
  const migrations: DiffTarget =
    migrationsList.migrationDirectories.length === 0 ? { tag: 'empty' } : { tag: 'migrations', ...migrationsList };
  // "schemaDatasource" = the live database, reached through the driver adapter
  const database: DiffTarget = { tag: 'schemaDatasource', ...schema, configDir: path.dirname(schemaPath) };
  const datamodel: DiffTarget = { tag: 'schemaDatamodel', ...schema };

  const engineChecks = await withEngine({ databaseUrl, schemaPath }, async ({ engine }) => {
    const diagnosis = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: noFilter,
    });
    return {
      history: historyStatus(diagnosis.history, diagnosis.editedMigrationNames, diagnosis.failedMigrationNames),
      database: await compare(engine, migrations, database),
      schema: await compare(engine, migrations, datamodel),
    };
  });
  const { history } = engineChecks;

  // only meaningful once the database has exactly the folder's migrations
  const triggers: TriggerComparison =
    history.pending.length || history.missingFromFolder.length
      ? { differs: false, missing: [], unexpected: [] }
      : await compareTriggers({ databaseUrl, migrationsDir, schemaPath });

  const report = {
    ...engineChecks,
    triggers,
    hasDrift:
      engineChecks.database.differs ||
      engineChecks.schema.differs ||
      triggers.differs ||
      Object.values(history).some((names: string[]) => names.length > 0),
  };
  return { ...report, summary: describe(report) };
}
