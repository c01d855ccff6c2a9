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
    // PostgreSQL's own plan choice (plan_cache_mode auto) for every connection: the app's
    // parameterised searches and filters need plans made for their values; logging time opts its
    // transaction into generic plans (forceGenericPlans)
    { connectionString, max: Number(process.env.DB_POOL_SIZE ?? 10) },
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
