import type { Db, DbTx } from '@/lib/db/client.ts';
import { queueEmail } from '@/lib/server/mail/queue-email.ts';

export interface Recipient {
  id: string;
  email: string;
}

export interface NoticeContent {
  kind: string;
  title: string;
  body: string;
  link: string | null;
  /** deterministic, e.g. "contract-ending:60:<contractId>:<endsOn>"; the user id is appended */
  dedupeKey: string;
}

function absolute(link: string | null): string {
  if (!link) return '';
  const base = process.env.NEXTAUTH_URL?.replace(/\/$/, '') ?? '';
  return `\n\n${base}${link}`;
}

/**
 * Delivers a notice in-app and by e-mail, exactly once per recipient however often it is called:
 * the notifications are inserted with ON CONFLICT DO NOTHING, and an e-mail is queued (in the
 * same transaction) only for the rows this call created. Returns how many were new.
 */
export async function deliverNotice(tx: DbTx, recipients: Recipient[], notice: NoticeContent): Promise<number> {
  const byId = new Map(recipients.map((r) => [r.id, r]));
  if (byId.size === 0) return 0;
  const created = await tx.$queryRaw<{ userId: string }[]>`
    INSERT INTO "Notification" ("userId", "kind", "title", "body", "link", "dedupeKey")
    SELECT u, ${notice.kind}::text, ${notice.title}::text, ${notice.body}::text, ${notice.link}::text, ${notice.dedupeKey}::text || ':' || u::text
    FROM unnest(${[...byId.keys()]}::uuid[]) AS u
    ON CONFLICT ("dedupeKey") DO NOTHING
    RETURNING "userId"`;
  for (const row of created) {
    const recipient = byId.get(row.userId);
    if (recipient) await queueEmail(tx, { to: recipient.email, subject: notice.title, text: `${notice.body}${absolute(notice.link)}` });
  }
  return created.length;
}

/**
 * One notice, one transaction: the notifications and their e-mails commit together. A failure is
 * logged and skipped, so one bad record never holds back the rest of a scan (the next run retries).
 */
export async function inOwnTransaction(database: Db, what: string, work: (tx: DbTx) => Promise<number>): Promise<number> {
  try {
    return await database.$transaction(work);
  } catch (error) {
    console.error(`[notices] could not deliver ${what}`, error);
    return 0;
  }
}
