import { randomUUID } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  IsolationLevel,
} from '@prisma/driver-adapter-utils';
import type pg from 'pg';
import { quoteIdent, type PgConnection } from './connection';
import { createPool, withClient } from './pg-pool';

const ADAPTER_NAME = '@prisma/adapter-pg';

/**
 * Wraps an adapter-pg adapter:
 * - `executeScript` sends the whole script as one simple query. adapter-pg splits on `;`,
 *   which breaks PL/pgSQL bodies (`$$ … ; … $$`) in hand-written migrations.
 * - `dispose` runs our own teardown.
 */
function wrapAdapter(inner: SqlDriverAdapter, pool: pg.Pool, dispose: () => Promise<void>): SqlDriverAdapter {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query: SqlQuery) => inner.queryRaw(query),
    executeRaw: (query: SqlQuery) => inner.executeRaw(query),
    startTransaction: (isolationLevel?: IsolationLevel) => inner.startTransaction(isolationLevel),
    getConnectionInfo: () => inner.getConnectionInfo?.() ?? { supportsRelationJoins: true },
    async executeScript(script: string) {
      if (script.trim() === '') return;
      try {
        await pool.query(script);
      } catch (error) {
        // let adapter-pg map the pg error into a DriverAdapterError the engine understands
        (inner as unknown as { onError(e: unknown): never }).onError(error);
      }
    },
    dispose,
  };
}

/**
 * The driver-adapter factory handed to the wasm schema engine: connections to the
 * main database, and throw-away shadow databases on the same server.
 */
export class MigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres' as const;
  readonly adapterName = ADAPTER_NAME;
  private readonly open = new Set<() => Promise<void>>();

  constructor(private readonly conn: PgConnection) {}

  async connect(): Promise<SqlDriverAdapter> {
    return this.connectTo(this.conn.database);
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const name = `prisma_migrate_shadow_db_${randomUUID().replace(/-/g, '')}`;
    await withClient(this.conn, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
    // adapter-pg drops the shadow database while its own pool is still connected;
    // we close the pool first, then drop WITH (FORCE).
    return this.connectTo(name, () =>
      withClient(this.conn, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`)).then(() => undefined),
    );
  }

  /** Closes whatever the engine left open (it does not always dispose its adapters). */
  async close(): Promise<void> {
    const pending = [...this.open];
    this.open.clear();
    const results = await Promise.allSettled(pending.map((release) => release()));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }

  private async connectTo(database: string, afterClose?: () => Promise<void>): Promise<SqlDriverAdapter> {
    const pool = createPool(this.conn, database);
    const inner = await new PrismaPg(pool, { schema: this.conn.schema, disposeExternalPool: false }).connect();
    let released: Promise<void> | undefined;
    const release = () => {
      released ??= (async () => {
        this.open.delete(release);
        await inner.dispose();
        await pool.end();
        await afterClose?.();
      })();
      return released;
    };
    this.open.add(release);
    return wrapAdapter(inner, pool, release);
  }
}
