import { z } from 'zod';
import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import type { Prisma } from '@/lib/db/generated/client.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { QUEUES, queueWhere, type QueueName } from './ticket-queues.ts';
import { ticketListSelect, toTicketListItem, type TicketListItem } from './ticket-list-item.ts';

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

function afterCursor(cursor: Cursor | null): Prisma.TicketWhereInput {
  if (!cursor) return {};
  if (cursor.due === null) return { resolutionDueAt: null, number: { gt: cursor.number } };
  const due = new Date(cursor.due);
  return { OR: [{ resolutionDueAt: { gt: due } }, { resolutionDueAt: due, number: { gt: cursor.number } }, { resolutionDueAt: null }] };
}

/** Ticket ids whose subject, description or comments match the words (GIN-indexed). */
async function fullTextMatches(tx: DbTx, q: string): Promise<Prisma.TicketWhereInput> {
  const number = Number(q.replace(/^#/, ''));
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Ticket" WHERE to_tsvector('simple', "subject" || ' ' || "description") @@ plainto_tsquery('simple', ${q})
    UNION
    SELECT "ticketId" AS id FROM "TicketComment" WHERE to_tsvector('simple', "body") @@ plainto_tsquery('simple', ${q})
    LIMIT 5000`;
  const ids = rows.map((row) => row.id);
  return Number.isInteger(number) && number > 0 ? { OR: [{ id: { in: ids } }, { number }] } : { id: { in: ids } };
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
  const me = await tx.user.findUnique({ where: { id: actor.userId }, select: { teamId: true } });
  const filters: Prisma.TicketWhereInput[] = [queueWhere(input.queue, { ...actor, teamId: me?.teamId }, now)];
  if (input.clientId) filters.push({ clientId: input.clientId });
  if (input.assigneeId) filters.push({ assigneeId: input.assigneeId });
  if (input.type) filters.push({ type: input.type });
  if (input.priority) filters.push({ priority: input.priority });
  if (input.status) filters.push({ status: input.status });
  if (input.channel) filters.push({ channel: input.channel });
  if (input.assetId) filters.push({ assets: { some: { assetId: input.assetId } } });
  if (input.q) filters.push(await fullTextMatches(tx, input.q));
  filters.push(afterCursor(decodeCursor(input.cursor)));

  const rows = await tx.ticket.findMany({
    where: { AND: filters },
    orderBy: [{ resolutionDueAt: { sort: 'asc', nulls: 'last' } }, { number: 'asc' }],
    take: input.pageSize + 1,
    select: ticketListSelect,
  });
  const page = rows.slice(0, input.pageSize);
  const last = page.at(-1);
  return {
    queue: input.queue,
    nextCursor: rows.length > input.pageSize && last ? encodeCursor({ due: last.resolutionDueAt?.toISOString() ?? null, number: last.number }) : null,
    items: page.map(toTicketListItem),
  };
}

/** How many tickets each queue holds right now (shown on the queue tabs). */
export async function queueCounts(options: { actor: Actor | null; now?: Date }, tx: DbTx = db): Promise<Record<QueueName, number>> {
  const actor = authorize(options.actor, { roles: STAFF_ROLES });
  const now = options.now ?? new Date();
  const me = await tx.user.findUnique({ where: { id: actor.userId }, select: { teamId: true } });
  const counted = QUEUES.filter((queue) => queue !== 'all');
  const counts = await Promise.all(counted.map((queue) => tx.ticket.count({ where: queueWhere(queue, { ...actor, teamId: me?.teamId }, now) })));
  return Object.fromEntries([...counted.map((queue, i) => [queue, counts[i]]), ['all', -1]]) as Record<QueueName, number>;
}
