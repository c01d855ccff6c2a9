import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, Prisma } from './generated/client.ts';
import { preparedStatementName } from './prepared-statements.ts';

export { Prisma };
export type Db = PrismaClient;
/** A client or an open transaction: use cases accept either. */
export type DbTx = PrismaClient | Prisma.TransactionClient;

const globalForPrisma = globalThis as unknown as { psaPrisma?: PrismaClient };

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL is not set: start the app with `npm start`.');
  const adapter = new PrismaPg(
    // named (prepared) statements are only the marked hot-path queries: plan them once per
    // connection; PostgreSQL would otherwise re-plan a statement whose custom plans look cheaper
    { connectionString, max: Number(process.env.DB_POOL_SIZE ?? 10), options: '-c plan_cache_mode=force_generic_plan' },
    // the adapter passes the name on to pg, for which no name means an unnamed statement
    { statementNameGenerator: preparedStatementName as (query: { sql: string }) => string },
  );
  return new PrismaClient({ adapter });
}

function sharedClient(): PrismaClient {
  globalForPrisma.psaPrisma ??= createClient();
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
