/**
 * Bulk-load helpers: skip per-row foreign-key triggers (checked afterwards, set-based), and
 * build a big table's secondary indexes once after its load instead of row by row.
 */
import type pg from 'pg';

/** session_replication_role = replica skips FK triggers; it needs a superuser. */
export async function trySkipForeignKeyChecks(client: pg.Client): Promise<boolean> {
  try {
    await client.query(`SET session_replication_role = replica`);
    return true;
  } catch {
    return false;
  }
}

/** Drops the tables' non-unique, non-constraint indexes, runs `load`, then creates them again. */
export async function withIndexesRebuilt<T>(client: pg.Client, tables: string[], load: () => Promise<T>): Promise<T> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT quote_ident(indexname) AS name, indexdef AS definition FROM pg_indexes i
     WHERE schemaname = 'public' AND tablename = ANY ($1) AND indexdef NOT LIKE 'CREATE UNIQUE%'
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [tables],
  );
  for (const index of rows) await client.query(`DROP INDEX ${index.name}`);
  const result = await load();
  for (const index of rows) await client.query(index.definition);
  return result;
}

/** Every single-column foreign key in the schema, checked with an anti-join; throws on a dangling one. */
export async function verifyForeignKeys(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ name: string; child: string; column: string; parent: string; key: string }>(
    `SELECT c.conname AS name, c.conrelid::regclass::text AS child, quote_ident(a.attname) AS column,
            c.confrelid::regclass::text AS parent, quote_ident(pa.attname) AS key
     FROM pg_constraint c
     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1]
     WHERE c.contype = 'f' AND cardinality(c.conkey) = 1 AND c.connamespace = 'public'::regnamespace`,
  );
  for (const fk of rows) {
    const { rows: found } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ${fk.child} c WHERE c.${fk.column} IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM ${fk.parent} p WHERE p.${fk.key} = c.${fk.column})`,
    );
    if (found[0].n > 0) throw new Error(`${found[0].n} row(s) of ${fk.child} break ${fk.name}`);
  }
  return rows.length;
}
