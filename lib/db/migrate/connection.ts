/**
 * Parses a PostgreSQL connection string into discrete pg fields.
 *
 * We never hand pg a connection string: whenever a database name is overridden
 * (shadow databases, the admin connection) a `connectionString` would win over
 * the `database` field, so everything is passed as host/port/user/password/database.
 */
export interface PgConnection {
  host: string;
  port: number;
  user: string;
  password: string | undefined;
  database: string;
  /** The `?schema=` parameter (Prisma convention); defaults to `public`. */
  schema: string;
  /** From `?sslmode=`: false, or the pg `ssl` option. */
  ssl: false | { rejectUnauthorized: boolean };
}

const PROTOCOLS = new Set(['postgresql:', 'postgres:']);

export function parseDatabaseUrl(databaseUrl: string): PgConnection {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new Error('DATABASE_URL is not a valid URL (expected postgresql://user:pass@host:port/db?schema=public)');
  }
  if (!PROTOCOLS.has(url.protocol)) {
    throw new Error(`DATABASE_URL must start with postgresql:// (got ${url.protocol}//)`);
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!database) throw new Error('DATABASE_URL has no database name (…/<database>)');

  // `?host=/var/run/postgresql` (a socket directory) overrides the URL's host, as in libpq.
  const host = url.searchParams.get('host') ?? (decodeURIComponent(url.hostname.replace(/^\[|\]$/g, '')) || 'localhost');
  const port = url.port ? Number(url.port) : 5432;
  const sslmode = url.searchParams.get('sslmode');
  const ssl =
    sslmode === 'require' || sslmode === 'prefer'
      ? { rejectUnauthorized: false }
      : sslmode === 'verify-ca' || sslmode === 'verify-full'
        ? { rejectUnauthorized: true }
        : false;

  return {
    host,
    port,
    user: decodeURIComponent(url.username) || 'postgres',
    password: url.password ? decodeURIComponent(url.password) : undefined,
    database,
    schema: url.searchParams.get('schema') || 'public',
    ssl,
  };
}

/** The same connection as a URL, with another database name (used for messages and tests). */
export function withDatabase(databaseUrl: string, database: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

/** Double-quotes an SQL identifier. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
