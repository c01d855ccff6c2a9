import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file lives in lib/db/migrate). */
export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

export const defaultSchemaPath = path.join(projectRoot, 'prisma', 'schema.prisma');
export const defaultMigrationsDir = path.join(projectRoot, 'prisma', 'migrations');
