import { createHash } from 'node:crypto';
import { Prisma } from './generated/client.ts';
import type { DbTx } from './client.ts';

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

/**
 * For the rest of the caller's transaction, prepared statements keep one generic plan per
 * connection. PostgreSQL's default re-plans a statement for its values whenever the generic
 * plan's estimate looks dearer, which for logging time's window statement cost more (~5 ms to
 * plan) than running it. Only for transactions made of the marked, value-independent queries:
 * a search needs a plan made for its words.
 */
export async function forceGenericPlans(tx: DbTx): Promise<void> {
  await tx.$executeRawUnsafe(GENERIC_PLANS);
}

/** forceGenericPlans' statement, for transactions that send it with their BEGIN. */
export const GENERIC_PLANS = 'SET LOCAL plan_cache_mode = force_generic_plan';
