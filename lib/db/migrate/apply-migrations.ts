import { withEngine } from './engine';
import { noFilter } from './filters';
import { readMigrationsList } from './migrations-dir';
import { defaultMigrationsDir, defaultSchemaPath } from './paths';

export interface ApplyMigrationsOptions {
  databaseUrl: string;
  /** Defaults to prisma/migrations. */
  migrationsDir?: string;
  /** Defaults to prisma/schema.prisma. */
  schemaPath?: string;
}

/**
 * Applies every migration folder not yet recorded in `_prisma_migrations`
 * (the `prisma migrate deploy` behaviour). Returns the names just applied.
 */
export async function applyMigrations({
  databaseUrl,
  migrationsDir = defaultMigrationsDir,
  schemaPath = defaultSchemaPath,
}: ApplyMigrationsOptions): Promise<string[]> {
  const migrationsList = await readMigrationsList(migrationsDir);
  return withEngine({ databaseUrl, schemaPath }, async ({ engine }) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilter });
    return appliedMigrationNames;
  });
}
