import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, Prisma } from './generated/client.ts';
import { preparedStatementName } from './prepared-statements.ts';

export { Prisma };
export type Db = PrismaClient;
/** A client or an open transaction: use cases accept either. */
export type DbTx = PrismaClient | Prisma.TransactionClient;

const globalForPrisma = globalThis as unknown as { psaPrisma?: PrismaClient; psaPool?: pg.Pool };

function createPool(): pg.Pool {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL is not set: start the app with `npm start`.');
  // PostgreSQL's own plan choice (plan_cache_mode auto) for every connection: the app's
  // parameterised searches and filters need plans made for their values; logging time opts its
  // transaction into generic plans (forceGenericPlans)
  const pool = new pg.Pool({ connectionString, max: Number(process.env.DB_POOL_SIZE ?? 10) });
  // an idle connection that drops (a database restart) is replaced on next use; unheard, its
  // error would end the process
  pool.on('error', (error) => console.error('[db] idle connection lost:', error.message));
  return pool;
}

function createClient(pool: pg.Pool): PrismaClient {
  // the adapter passes the name on to pg, for which no name means an unnamed statement;
  // $disconnect ends the pool too (scripts exit once done)
  const adapter = new PrismaPg(pool, { disposeExternalPool: true, statementNameGenerator: preparedStatementName as (query: { sql: string }) => string });
  return new PrismaClient({ adapter });
}

/** The process's one connection pool, shared by Prisma and the hot paths that use pg directly. */
export function sharedPool(): pg.Pool {
  globalForPrisma.psaPool ??= createPool();
  return globalForPrisma.psaPool;
}

function sharedClient(): PrismaClient {
  globalForPrisma.psaPrisma ??= createClient(sharedPool());
  return globalForPrisma.psaPrisma;
}

/**
 * One client per process, made on first use (a build imports this module without a database;
 * Next's dev server reloads modules, and the global keeps one pool).
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = sharedClient();
    const value = Reflect.get(client, property, client);
    return typeof value === 'function' ? value.bind(client) : value;
  },
});
