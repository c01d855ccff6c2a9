import type { Db } from './client.ts';
import type { Prisma } from './generated/client.ts';

/**
 * A client whose `$transaction` runs inside an already open transaction, so a use case written
 * as `database.$transaction(...)` can join a caller's transaction (e.g. the API's idempotency
 * record is committed together with the work it records). Options like timeouts belong to the
 * outer transaction.
 */
export function joinTransaction(tx: Prisma.TransactionClient): Db {
  const joined = new Proxy(tx, {
    get(target, property) {
      if (property === '$transaction') {
        return async (work: unknown) => {
          if (typeof work === 'function') return (work as (client: Db) => unknown)(joined);
          if (Array.isArray(work)) {
            const results: unknown[] = [];
            for (const operation of work) results.push(await operation);
            return results;
          }
          throw new Error('joinTransaction: unsupported $transaction argument');
        };
      }
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as unknown as Db;
  return joined;
}
