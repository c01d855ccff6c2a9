import { z } from 'zod';
import { db, type DbTx } from '@/lib/db/client.ts';
import type { Prisma } from '@/lib/db/generated/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { AppError } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';

const PAGE_SIZE = 50;
const day = z.iso.date('Give a date as YYYY-MM-DD.');

export const listAuditSchema = z.object({
  entityType: z.string().trim().max(100).optional(),
  /** a prefix: 'invoice.' finds every invoice action */
  action: z.string().trim().max(100).optional(),
  /** part of the actor's e-mail */
  actor: z.string().trim().max(200).optional(),
  clientId: z.uuid('Choose a client.').optional(),
  /** UTC days, both inclusive */
  from: day.optional(),
  to: day.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
/** Raw filter values (e.g. from a URL); the schema checks them. */
export type ListAuditInput = { [K in keyof z.input<typeof listAuditSchema>]?: string | number };

export interface AuditRow {
  id: string;
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string;
  actor: { name: string; email: string } | null;
  client: { id: string; name: string } | null;
  before: unknown;
  after: unknown;
}

/** The audit trail, newest first, for admins: who changed what, with before and after. */
export async function listAudit(options: { actor: Actor | null; input: ListAuditInput }, tx: DbTx = db) {
  authorize(options.actor, { roles: ['admin'] });
  const input = parseOrThrow(listAuditSchema, options.input);
  if (input.from && input.to && input.from > input.to) {
    throw new AppError('invalid', 'The start date is after the end date.', { fieldErrors: { from: ['The start date is after the end date.'] } });
  }
  const createdAt: Prisma.DateTimeFilter = {};
  if (input.from) createdAt.gte = new Date(`${input.from}T00:00:00Z`);
  if (input.to) createdAt.lt = new Date(new Date(`${input.to}T00:00:00Z`).getTime() + 86_400_000);
  const where: Prisma.AuditLogWhereInput = {
    ...(input.entityType ? { entityType: input.entityType } : {}),
    ...(input.action ? { action: { startsWith: input.action } } : {}),
    ...(input.actor ? { actor: { email: { contains: input.actor, mode: 'insensitive' } } } : {}),
    ...(input.clientId ? { clientId: input.clientId } : {}),
    ...(input.from || input.to ? { createdAt } : {}),
  };
  const [rows, total] = await Promise.all([
    tx.auditLog.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (input.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, createdAt: true, action: true, entityType: true, entityId: true, clientId: true, before: true, after: true, actor: { select: { name: true, email: true } } },
    }),
    tx.auditLog.count({ where }),
  ]);
  const clientIds = [...new Set(rows.map((row) => row.clientId).filter((id): id is string => id !== null))];
  const clients = clientIds.length ? await tx.client.findMany({ where: { id: { in: clientIds } }, select: { id: true, name: true } }) : [];
  const clientById = new Map(clients.map((client) => [client.id, client]));
  const items: AuditRow[] = rows.map((row) => ({
    id: row.id.toString(),
    createdAt: row.createdAt,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    actor: row.actor,
    client: row.clientId ? (clientById.get(row.clientId) ?? { id: row.clientId, name: 'Unknown client' }) : null,
    before: row.before,
    after: row.after,
  }));
  return { items, total, page: input.page, pageSize: PAGE_SIZE, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

/**
 * The entity types recorded so far, for the filter's choices: a loose index scan (one index
 * probe per type), so it stays fast however long the trail grows.
 */
export async function listAuditEntityTypes(options: { actor: Actor | null }, tx: DbTx = db): Promise<string[]> {
  authorize(options.actor, { roles: ['admin'] });
  const rows = await tx.$queryRaw<{ entityType: string }[]>`
    WITH RECURSIVE types AS (
      (SELECT "entityType" FROM "AuditLog" ORDER BY "entityType" LIMIT 1)
      UNION ALL
      SELECT (SELECT a."entityType" FROM "AuditLog" a WHERE a."entityType" > types."entityType" ORDER BY a."entityType" LIMIT 1)
      FROM types WHERE types."entityType" IS NOT NULL
    )
    SELECT "entityType" FROM types WHERE "entityType" IS NOT NULL`;
  return rows.map((row) => row.entityType);
}
