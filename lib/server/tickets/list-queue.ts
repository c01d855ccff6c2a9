import { z } from 'zod';
import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { Prisma } from '@/lib/db/generated/client.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { QUEUES, type QueueName } from './ticket-queues.ts';
import { and, filterConditions, queueCondition } from './queue-sql.ts';
import type { TicketListItem } from './ticket-list-item.ts';
import { sqlOf } from '@/lib/db/sql-tx.ts';

const optionalUuid = z.preprocess((v) => (v === '' ? undefined : v), z.uuid().optional());
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) => z.preprocess((v) => (v === '' ? undefined : v), z.enum(values).optional());

export const queueInputSchema = z.object({
  queue: z.enum(QUEUES).default('open'),
  clientId: optionalUuid,
  assigneeId: optionalUuid,
  assetId: optionalUuid,
  type: optionalEnum(['incident', 'service_request', 'problem', 'change', 'maintenance', 'alert'] as const),
  priority: optionalEnum(['P1', 'P2', 'P3', 'P4'] as const),
  status: optionalEnum(['new', 'triaged', 'in_progress', 'waiting_on_customer', 'awaiting_approval', 'resolved', 'closed'] as const),
  channel: optionalEnum(['portal', 'email', 'phone', 'hotline'] as const),
  q: z.string().trim().max(200).optional(),
  cursor: z.string().max(200).optional(),
  pageSize: z.coerce.number().int().min(5).max(100).default(25),
});
export type QueueInput = z.input<typeof queueInputSchema>;

/** Keyset position: the last row's SLA due time (null sorts last) and number. */
interface Cursor {
  due: string | null;
  number: number;
}
const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');
function decodeCursor(value: string | undefined): Cursor | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString()) as Cursor;
    return typeof parsed.number === 'number' ? parsed : null;
  } catch {
    return null;
  }
}

function afterCursor(cursor: Cursor | null): Prisma.Sql | null {
  if (!cursor) return null;
  if (cursor.due === null) return Prisma.sql`t."resolutionDueAt" IS NULL AND t."number" > ${cursor.number}`;
  const due = new Date(cursor.due);
  return Prisma.sql`(t."resolutionDueAt" > ${due} OR (t."resolutionDueAt" = ${due} AND t."number" > ${cursor.number}) OR t."resolutionDueAt" IS NULL)`;
}

/**
 * One page of a staff queue, soonest resolution target first (tickets without one last), with
 * keyset paging so deep pages stay as fast as the first.
 */
export async function listQueue(
  options: { actor: Actor | null; input: QueueInput; now?: Date },
  tx: DbTx = db,
): Promise<{ items: TicketListItem[]; nextCursor: string | null; queue: QueueName }> {
  const actor = authorize(options.actor, { roles: STAFF_ROLES });
  const input = parseOrThrow(queueInputSchema, options.input);
  const now = options.now ?? new Date();
  const conditions = [queueCondition(input.queue, { userId: actor.userId }, now), ...filterConditions(input)];
  const after = afterCursor(decodeCursor(input.cursor));
  if (after) conditions.push(after);
  // one statement: the queue, filters, search and keyset position together, so the page is
  // exact, with the columns the list shows (client and assignee joined per row of the page)
  const rows = await sqlOf(tx).query<TicketListItem>(Prisma.sql`
    SELECT t.id, t.number, t.subject, t.type::text AS type, t.priority::text AS priority, t.status::text AS status,
      t."resolutionDueAt", t."createdAt", c.name AS "clientName", a.name AS "assigneeName"
    FROM "Ticket" t
    JOIN "Client" c ON c.id = t."clientId"
    LEFT JOIN "User" a ON a.id = t."assigneeId"
    WHERE ${and(conditions)}
    ORDER BY t."resolutionDueAt" ASC NULLS LAST, t."number" ASC
    LIMIT ${input.pageSize + 1}`);
  const page = rows.slice(0, input.pageSize);
  const last = page.at(-1);
  return {
    queue: input.queue,
    nextCursor: rows.length > input.pageSize && last ? encodeCursor({ due: last.resolutionDueAt?.toISOString() ?? null, number: last.number }) : null,
    items: page,
  };
}

