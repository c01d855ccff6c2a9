export { applyMigrations, type ApplyMigrationsOptions } from './apply-migrations';
export { createMigration, type CreateMigrationOptions, type CreatedMigration } from './create-migration';
export {
  detectDrift,
  type DetectDriftOptions,
  type DriftReport,
  type MigrationHistoryStatus,
  type SchemaComparison,
} from './detect-drift';
export { resetDatabase, resetAndApply } from './reset-database';
export { createEngine, withEngine, type EngineHandle, type EngineOptions } from './engine';
export { parseDatabaseUrl, type PgConnection } from './connection';
export { validateMigrationName } from './migration-name';
export { defaultMigrationsDir, defaultSchemaPath } from './paths';
