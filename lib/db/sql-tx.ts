import type { PoolClient } from 'pg';
import { db, sharedPool, type Db, type DbTx } from './client.ts';
import type { Prisma } from './generated/client.ts';
import { preparedStatementName } from './prepared-statements.ts';

/**
 * An open transaction that runs SQL statements (`Prisma.sql` templates): a pg connection's own,
 * or a Prisma transaction's. Logging time runs on it so that the API's hot path can skip
 * Prisma's transaction machinery (a fifth of the request's CPU) while the same code still joins
 * a Prisma transaction (a timer's stop, an idempotent API request).
 */
export interface SqlTx {
  query<T>(statement: Prisma.Sql): Promise<T[]>;
}

/** A Prisma transaction (or client) as a SqlTx: statements marked PREPARED stay prepared. */
export function sqlTxOf(tx: DbTx): SqlTx {
  return { query: <T>(statement: Prisma.Sql) => tx.$queryRaw<T[]>(statement) };
}

/**
 * Statements outside a transaction: straight on the shared pool for the process's shared client
 * (what every request's session or token check uses), through Prisma for any other.
 */
export function sqlOf(database: DbTx): SqlTx {
  return database === db ? pgSqlTx(sharedPool()) : sqlTxOf(database);
}

function pgSqlTx(client: Pick<PoolClient, 'query'>): SqlTx {
  return {
    async query<T>(statement: Prisma.Sql) {
      const result = await client.query({ name: preparedStatementName({ sql: statement.text }), text: statement.text, values: statement.values });
      return result.rows as T[];
    },
  };
}

/**
 * Runs `work` in one transaction. On the process's shared client it takes a pooled pg
 * connection and sends BEGIN (and `setup`, e.g. SET LOCAL, in the same round trip); any other
 * client (a Prisma transaction joined by the caller) runs it through Prisma.
 */
export async function runSqlTransaction<T>(
  database: Db,
  work: (sql: SqlTx) => Promise<T>,
  options: { setup?: string } = {},
): Promise<T> {
  if (database !== db) {
    return database.$transaction(
      async (tx) => {
        if (options.setup) await tx.$executeRawUnsafe(options.setup);
        return work(sqlTxOf(tx));
      },
      { timeout: 30_000, maxWait: 30_000 },
    );
  }
  const client = await sharedPool().connect();
  let broken: Error | undefined;
  // a connection lost mid-transaction fails the statement in flight; heard here, its error
  // event cannot end the process, and the connection is not pooled again
  const onError = (error: Error) => {
    broken = error;
  };
  client.on('error', onError);
  try {
    await client.query(options.setup ? `BEGIN; ${options.setup}` : 'BEGIN');
    const result = await work(pgSqlTx(client));
    await client.query('COMMIT');
    return result;
  } catch (error) {
    try {
      await client.query('ROLLBACK');
    } catch (rollbackError) {
      // the connection is unusable: the pool must not hand it out again
      broken = rollbackError as Error;
    }
    throw error;
  } finally {
    client.removeListener('error', onError);
    client.release(broken);
  }
}
