import path from 'node:path';
import { withEngine } from './engine';
import { noFilter } from './filters';
import { validateMigrationName } from './migration-name';
import { readMigrationsList, writeMigration } from './migrations-dir';
import { defaultMigrationsDir, defaultSchemaPath } from './paths';
import { readSchema } from './schema-files';

export interface CreateMigrationOptions {
  databaseUrl: string;
  name: string;
  migrationsDir?: string;
  schemaPath?: string;
  /**
   * Called when the database has drifted from the migrations (the engine would want a reset).
   * The new migration only depends on the migrations folder and schema.prisma, so this does
   * not stop it.
   */
  onWarning?: (message: string) => void;
}

export interface CreatedMigration {
  /** `<timestamp>_<name>` */
  name: string;
  /** Absolute path of the new folder. */
  folder: string;
  /** Absolute path of its migration.sql. */
  scriptPath: string;
}

/**
 * Writes `<migrationsDir>/<timestamp>_<name>/migration.sql` with the SQL that takes the
 * migrations' schema to schema.prisma (computed on a throw-away shadow database).
 * Returns null when the schema has nothing new. Nothing is applied to the database.
 */
export async function createMigration({
  databaseUrl,
  name,
  migrationsDir = defaultMigrationsDir,
  schemaPath = defaultSchemaPath,
  onWarning,
}: CreateMigrationOptions): Promise<CreatedMigration | null> {
  const migrationName = validateMigrationName(name);
  const migrationsList = await readMigrationsList(migrationsDir);
  const schema = await readSchema(schemaPath);

  return withEngine({ databaseUrl, schemaPath }, async ({ engine }) => {
    // devDiagnostic replays the migrations on a shadow database; createMigration needs it
    // to have run first in this engine ("PostgreSQL shadow DB must be provided…" otherwise).
    const { action } = await engine.devDiagnostic({ migrationsList, filters: noFilter });
    if (action.tag === 'reset') onWarning?.(action.reason);
    const created = await engine.createMigration({
      draft: false,
      migrationName,
      migrationsList,
      schema,
      filters: noFilter,
    });
    if (created.migrationScript === null) return null;

    const folder = await writeMigration({
      migrationsDir,
      folderName: created.generatedMigrationName,
      script: created.migrationScript,
      connectorType: created.connectorType,
      extension: created.extension,
    });
    return {
      name: created.generatedMigrationName,
      folder,
      scriptPath: path.join(folder, `migration.${created.extension}`),
    };
  });
}
