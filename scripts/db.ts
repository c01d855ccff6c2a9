/**
 * Offline Prisma migrations (the wasm schema engine through @prisma/adapter-pg).
 *
 *   tsx scripts/db.ts migrate            apply pending migrations
 *   tsx scripts/db.ts migration <name>   create a migration from prisma/schema.prisma
 *   tsx scripts/db.ts drift              exit 1 and print the differences if anything drifted
 *   tsx scripts/db.ts reset --force      drop everything and re-apply all migrations
 *
 * DATABASE_URL comes from the environment (and .env).
 */
import 'dotenv/config';
import path from 'node:path';
import { applyMigrations } from '../lib/db/migrate/apply-migrations';
import { createMigration } from '../lib/db/migrate/create-migration';
import { detectDrift } from '../lib/db/migrate/detect-drift';
import { validateMigrationName } from '../lib/db/migrate/migration-name';
import { resetAndApply } from '../lib/db/migrate/reset-database';

const USAGE = `Usage:
  tsx scripts/db.ts migrate            apply pending migrations
  tsx scripts/db.ts migration <name>   create a migration from prisma/schema.prisma
  tsx scripts/db.ts drift              compare database, migrations and schema.prisma
  tsx scripts/db.ts reset --force      drop everything and re-apply all migrations`;

class UsageError extends Error {}

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new UsageError('DATABASE_URL is not set (environment or .env).');
  return url;
}

function printApplied(names: string[]): void {
  if (names.length === 0) console.log('No pending migrations: the database is up to date.');
  else console.log(`Applied ${names.length} migration(s):\n${names.map((n) => `  - ${n}`).join('\n')}`);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const flags = new Set(rest.filter((a) => a.startsWith('--')));
  const args = rest.filter((a) => !a.startsWith('--'));

  switch (command) {
    case 'migrate': {
      printApplied(await applyMigrations({ databaseUrl: databaseUrl() }));
      return 0;
    }
    case 'migration': {
      let name: string;
      try {
        if (args.length > 1) throw new Error('Give a single migration name (use "_" instead of spaces).');
        name = validateMigrationName(args[0]);
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
      const created = await createMigration({
        databaseUrl: databaseUrl(),
        name,
        onWarning: (message) => console.warn(`Warning: the database has drifted (see db:drift).\n${message}\n`),
      });
      if (!created) {
        console.log('No changes: prisma/schema.prisma matches the migrations. Nothing written.');
      } else {
        console.log(`Created ${path.relative(process.cwd(), created.scriptPath)}`);
        console.log('Review it, then run db:migrate to apply it.');
      }
      return 0;
    }
    case 'drift': {
      const report = await detectDrift({ databaseUrl: databaseUrl() });
      if (report.hasDrift) {
        console.log(`Drift detected.\n${report.summary}`);
        return 1;
      }
      console.log('No drift: the database, the migrations and schema.prisma agree.');
      return 0;
    }
    case 'reset': {
      if (!flags.has('--force')) {
        throw new UsageError('reset drops every table and all data. Re-run with --force if you mean it.');
      }
      const url = databaseUrl();
      console.log('Dropping everything and re-applying all migrations…');
      printApplied(await resetAndApply({ databaseUrl: url }));
      return 0;
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`Unknown command "${command}".\n\n${USAGE}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(error.message);
      process.exit(2);
    }
    console.error(error instanceof Error ? error.message : error);
    if (process.env.DEBUG_SCHEMA_ENGINE && error instanceof Error) console.error(error.stack);
    process.exit(1);
  },
);
