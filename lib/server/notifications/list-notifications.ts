import { z } from 'zod';
import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { CUSTOMER_ROLES, STAFF_ROLES } from '@/lib/auth/roles.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';

const PAGE_SIZE = 50;
const listSchema = z.object({ onlyUnread: z.boolean().default(false), page: z.coerce.number().int().min(1).default(1) });

export interface NotificationItem {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  isRead: boolean;
  createdAt: Date;
}

/** The signed-in user's own notices, newest first; nobody reads anyone else's. */
export async function listNotifications(options: { actor: Actor | null; input?: z.input<typeof listSchema> }, tx: DbTx = db) {
  const actor = authorize(options.actor, { roles: [...STAFF_ROLES, ...CUSTOMER_ROLES] });
  const input = parseOrThrow(listSchema, options.input ?? {});
  const where = { userId: actor.userId, ...(input.onlyUnread ? { readAt: null } : {}) };
  const [rows, total, unread] = await Promise.all([
    tx.notification.findMany({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      skip: (input.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, kind: true, title: true, body: true, link: true, readAt: true, createdAt: true },
    }),
    tx.notification.count({ where }),
    tx.notification.count({ where: { userId: actor.userId, readAt: null } }),
  ]);
  const items: NotificationItem[] = rows.map(({ readAt, ...row }) => ({ ...row, isRead: readAt !== null }));
  return { items, total, unread, page: input.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), pageSize: PAGE_SIZE };
}
