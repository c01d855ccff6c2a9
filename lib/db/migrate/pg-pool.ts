import pg from 'pg';
import type { PgConnection } from './connection';

/** PostgreSQL's one-byte internal type `"char"` (pg_class.relkind, pg_constraint.contype…). */
const CHAR_OID = 18;
const TEXT_OID = 25;

type FieldsHolder = { fields?: Array<{ dataTypeID: number }> };

function charFieldsAsText(result: unknown): unknown {
  for (const r of Array.isArray(result) ? result : [result]) {
    const fields = (r as FieldsHolder | null)?.fields;
    if (!fields) continue;
    for (const field of fields) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
  }
  return result;
}

/**
 * A pg Client that reports `"char"` columns as text. @prisma/adapter-pg 7.10.1 throws
 * UnsupportedNativeDataType for OID 18, which the schema engine's catalog queries return.
 * The value itself is already a string (pg's text parser), so only the reported type changes.
 */
export class CharAsTextClient extends pg.Client {
  constructor(config?: pg.ClientConfig) {
    super(config);
    const query = this.query.bind(this) as (...args: unknown[]) => unknown;
    const patched = (...args: unknown[]): unknown => {
      const last = args.length - 1;
      const callback = args[last];
      if (typeof callback === 'function') {
        args[last] = (err: unknown, res: unknown) => (callback as (e: unknown, r: unknown) => void)(err, err ? res : charFieldsAsText(res));
        return query(...args);
      }
      const ret = query(...args);
      return ret instanceof Promise ? ret.then(charFieldsAsText) : ret;
    };
    Object.defineProperty(this, 'query', { value: patched, writable: true, configurable: true });
  }
}

export function pgConfig(conn: PgConnection, database = conn.database): pg.PoolConfig {
  return {
    host: conn.host,
    port: conn.port,
    user: conn.user,
    password: conn.password,
    database,
    ssl: conn.ssl,
    // unqualified names in migration scripts land in the `?schema=` schema, as with the native engine
    options: `-c search_path=${quoteSearchPath(conn.schema)}`,
  };
}

function quoteSearchPath(schema: string): string {
  // libpq options: spaces must be backslash-escaped; the identifier is double-quoted.
  return `"${schema.replace(/"/g, '""')}"`.replace(/\\/g, '\\\\').replace(/ /g, '\\ ');
}

/**
 * One connection only: the engine takes a session-level advisory lock
 * (pg_advisory_lock) and must release it on the same connection.
 */
export function createPool(conn: PgConnection, database = conn.database): pg.Pool {
  const pool = new pg.Pool({ ...pgConfig(conn, database), max: 1, Client: CharAsTextClient });
  pool.on('error', () => {
    // idle-client errors (e.g. the server closing a connection) must not crash the process
  });
  return pool;
}

/** A short-lived plain connection (to the main database unless another is named). */
export async function withClient<T>(
  conn: PgConnection,
  fn: (client: pg.Client) => Promise<T>,
  database = conn.database,
): Promise<T> {
  const client = new pg.Client(pgConfig(conn, database));
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
