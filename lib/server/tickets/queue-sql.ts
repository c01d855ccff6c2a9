import { Prisma } from '@/lib/db/generated/client.ts';
import type { QueueName } from './ticket-queues.ts';

const { sql, join, empty } = Prisma;

/** The open-ticket condition written literally, so PostgreSQL can use the partial queue indexes. */
const OPEN = sql`t."status" NOT IN ('resolved', 'closed') AND t."mergedIntoId" IS NULL`;
const AT_RISK_MINUTES = 60;

export type OpenQueueName = Exclude<QueueName, 'all'>;
type Me = { userId: string };

/**
 * What sets each open-ticket queue apart, for a row already known to be open. It reads only the
 * columns of the open tickets' partial indexes (status, resolutionDueAt, assigneeId, teamId),
 * so counting the queues over open tickets is an index-only scan.
 */
export function openQueueFilter(queue: OpenQueueName, me: Me, now: Date): Prisma.Sql {
  switch (queue) {
    case 'unassigned':
      return sql`t."assigneeId" IS NULL`;
    case 'mine':
      return sql`t."assigneeId" = ${me.userId}::uuid`;
    case 'team': {
      // the technician's team read in the same statement (no team: matches nothing)
      const team = sql`(SELECT "teamId" FROM "User" WHERE id = ${me.userId}::uuid)`;
      return sql`(t."teamId" = ${team} OR t."assigneeId" IN (SELECT id FROM "User" WHERE "teamId" = ${team}))`;
    }
    case 'at_risk':
      return sql`t."status" IN ('new', 'triaged', 'in_progress', 'awaiting_approval') AND t."resolutionDueAt" >= ${now} AND t."resolutionDueAt" < ${new Date(now.getTime() + AT_RISK_MINUTES * 60_000)}`;
    case 'breached':
      return sql`t."status" IN ('new', 'triaged', 'in_progress', 'awaiting_approval') AND t."resolutionDueAt" < ${now}`;
    case 'waiting':
      return sql`t."status" = 'waiting_on_customer'`;
    case 'approval':
      return sql`t."status" = 'awaiting_approval'`;
    case 'open':
      return sql`TRUE`;
  }
}

/** Each staff queue as SQL over `"Ticket" t`; time-based queues are relative to `now`. */
export function queueCondition(queue: QueueName, me: Me, now: Date): Prisma.Sql {
  return queue === 'all' ? sql`TRUE` : sql`${OPEN} AND ${openQueueFilter(queue, me, now)}`;
}

export interface QueueFilters {
  clientId?: string;
  assigneeId?: string;
  assetId?: string;
  type?: string;
  priority?: string;
  status?: string;
  channel?: string;
  q?: string;
}

/**
 * Filters and full-text search (or a #number), all in one WHERE. Enum columns are compared as
 * enums, so the planner can use their statistics and the search index's priority column.
 */
export function filterConditions(filters: QueueFilters): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (filters.clientId) conditions.push(sql`t."clientId" = ${filters.clientId}::uuid`);
  if (filters.assigneeId) conditions.push(sql`t."assigneeId" = ${filters.assigneeId}::uuid`);
  if (filters.type) conditions.push(sql`t."type" = ${filters.type}::"TicketType"`);
  if (filters.priority) conditions.push(sql`t."priority" = ${filters.priority}::"Priority"`);
  if (filters.status) conditions.push(sql`t."status" = ${filters.status}::"TicketStatus"`);
  if (filters.channel) conditions.push(sql`t."channel" = ${filters.channel}::"Channel"`);
  if (filters.assetId) conditions.push(sql`EXISTS (SELECT 1 FROM "TicketAsset" ta WHERE ta."ticketId" = t.id AND ta."assetId" = ${filters.assetId}::uuid)`);
  if (filters.q) {
    const number = Number(filters.q.replace(/^#/, ''));
    const byNumber = Number.isInteger(number) && number > 0 ? sql`t."number" = ${number} OR ` : empty;
    // "searchVector" holds subject, description and all comments, internal notes included (staff
    // only); it shares a GIN index with priority and clientId, so those filters narrow the same scan
    conditions.push(sql`(${byNumber}t."searchVector" @@ plainto_tsquery('simple', ${filters.q}))`);
  }
  return conditions;
}

export function and(conditions: Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? join(conditions, ' AND ') : sql`TRUE`;
}
