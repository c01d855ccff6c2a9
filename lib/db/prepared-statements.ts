import { createHash } from 'node:crypto';
import { Prisma } from './generated/client.ts';

const MARK = '/* prepared */';

/** Put at the very start of a raw query to have PostgreSQL keep its plan per connection. */
export const PREPARED = Prisma.raw(MARK);

const names = new Map<string, string>();

/**
 * Names the statements marked PREPARED, so each pooled connection plans them once: the hot
 * paths' raw queries (logging time) took longer to plan than to run. Unmarked queries stay
 * unnamed: model queries' texts vary without bound (IN lists), and named statements are
 * never freed.
 */
export function preparedStatementName(query: { sql: string }): string | undefined {
  if (!query.sql.startsWith(MARK)) return undefined;
  let name = names.get(query.sql);
  if (!name) {
    name = `psa_${createHash('sha1').update(query.sql).digest('hex').slice(0, 16)}`;
    names.set(query.sql, name);
  }
  return name;
}
