import { applyMigrations, type ApplyMigrationsOptions } from './apply-migrations';
import { withEngine } from './engine';
import { noFilter } from './filters';
import { defaultSchemaPath } from './paths';

/** Drops everything in the database (schema, data, _prisma_migrations). */
export async function resetDatabase({
  databaseUrl,
  schemaPath = defaultSchemaPath,
}: {
  databaseUrl: string;
  schemaPath?: string;
}): Promise<void> {
  await withEngine({ databaseUrl, schemaPath }, ({ engine }) => engine.reset({ filter: noFilter }));
}

/** Reset, then apply every migration again; returns the names applied. */
export async function resetAndApply(options: ApplyMigrationsOptions): Promise<string[]> {
  await resetDatabase(options);
  return applyMigrations(options);
}
