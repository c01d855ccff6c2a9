import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { Prisma } from '@/lib/db/generated/client.ts';
import { openQueueFilter, queueCondition, type OpenQueueName } from './queue-sql.ts';
import type { QueueName } from './ticket-queues.ts';
import { sqlOf } from '@/lib/db/sql-tx.ts';

/** Queues that are the same for every technician (or every member of a team), and their own. */
const SHARED = ['unassigned', 'at_risk', 'breached', 'waiting', 'approval', 'open'] as const satisfies readonly QueueName[];

/** Counts taken recently, by what they count ('shared', or 'team:<userId>'), one set per server process. */
const recent = new Map<string, { at: number; counts: Record<string, number> }>();

async function countQueues<Q extends OpenQueueName>(
  tx: DbTx,
  queues: readonly Q[],
  me: { userId: string },
  now: Date,
): Promise<Record<Q, number>> {
  const columns = queues.map(
    (queue) => Prisma.sql`count(*) FILTER (WHERE ${openQueueFilter(queue, me, now)})::int AS ${Prisma.raw(`"${queue}"`)}`,
  );
  // the FILTERs name only indexed columns: the scan of the open tickets stays index-only
  const [row] = await sqlOf(tx).query<Record<string, number>>(Prisma.sql`
    SELECT ${Prisma.join(columns, ', ')} FROM "Ticket" t WHERE ${queueCondition(queues.length === 1 ? queues[0] : 'open', me, now)}`);
  return Object.fromEntries(queues.map((queue) => [queue, row[queue] ?? 0])) as Record<Q, number>;
}

/** Counts being taken now, by what they count: requests that accept kept counts wait for them. */
const counting = new Map<string, Promise<Record<string, number>>>();

/**
 * Counts no older than `maxAgeMs` when there are some (undefined: always count now). When they
 * are older, the requests arriving meanwhile share one count: under load each expiry would
 * otherwise start as many counts of the open tickets as requests came in while the first ran.
 */
async function recently<Q extends QueueName>(
  key: string,
  maxAgeMs: number | undefined,
  now: Date,
  count: () => Promise<Record<Q, number>>,
): Promise<Record<Q, number>> {
  if (maxAgeMs !== undefined) {
    const kept = recent.get(key);
    if (kept && now.getTime() - kept.at <= maxAgeMs) return kept.counts as Record<Q, number>;
    const pending = counting.get(key);
    if (pending) return pending as Promise<Record<Q, number>>;
  }
  const counted = count().then((counts) => {
    recent.set(key, { at: now.getTime(), counts });
    return counts;
  });
  counting.set(key, counted);
  try {
    return await counted;
  } finally {
    if (counting.get(key) === counted) counting.delete(key);
  }
}

/**
 * The number of tickets in each staff queue ('all' is not counted: -1). Counting the open
 * tickets (or a big team's) takes tens of milliseconds at 500k tickets, so pages may accept
 * those counts up to `maxAgeMs` old; a technician's own queue is always counted fresh.
 */
export async function queueCounts(
  options: { actor: Actor | null; now?: Date; maxAgeMs?: number },
  tx: DbTx = db,
): Promise<Record<QueueName, number>> {
  const actor = authorize(options.actor, { roles: STAFF_ROLES });
  const now = options.now ?? new Date();
  const me = { userId: actor.userId };
  const [shared, team, mine] = await Promise.all([
    recently('shared', options.maxAgeMs, now, () => countQueues(tx, SHARED, me, now)),
    // kept per technician: their team is read inside the count
    recently(`team:${me.userId}`, options.maxAgeMs, now, () => countQueues(tx, ['team'], me, now)),
    countQueues(tx, ['mine'], me, now),
  ]);
  return { ...shared, ...team, ...mine, all: -1 };
}
