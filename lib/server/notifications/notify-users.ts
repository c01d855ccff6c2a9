import type { DbTx } from '@/lib/db/client.ts';
import { Prisma } from '@/lib/db/generated/client.ts';

export interface Notice {
  kind: string;
  title: string;
  body: string;
  link?: string;
  /** the same key is never notified twice to the same user */
  dedupeKey: string;
}

/** In-app notices to each user; a repeated key is skipped, so jobs can run as often as they like. */
export async function notifyUsers(tx: DbTx, userIds: string[], notice: Notice): Promise<number> {
  if (userIds.length === 0) return 0;
  const result = await tx.notification.createMany({
    data: userIds.map((userId) => ({
      userId,
      kind: notice.kind,
      title: notice.title,
      body: notice.body,
      link: notice.link ?? null,
      dedupeKey: `${notice.dedupeKey}:${userId}`,
    })),
    skipDuplicates: true,
  });
  return result.count;
}

/**
 * notifyUsers to a client's active customer admins, as one statement (it also runs on a SqlTx);
 * the same dedupe key per user.
 */
export function notifyCustomerAdminsStatement(clientId: string, notice: Notice): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "Notification" ("userId", "kind", "title", "body", "link", "dedupeKey")
    SELECT u.id, ${notice.kind}, ${notice.title}, ${notice.body}, ${notice.link ?? null}, ${notice.dedupeKey} || ':' || u.id::text
    FROM "User" u WHERE u."clientId" = ${clientId}::uuid AND u.role = 'customer_admin' AND u."isActive"
    ON CONFLICT DO NOTHING`;
}
