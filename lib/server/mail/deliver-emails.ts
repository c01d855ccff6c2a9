import { db, type Db } from '@/lib/db/client.ts';
import { mailTransport } from './transport.ts';

export const MAX_ATTEMPTS = 5;

/**
 * Hands pending e-mails to the transport. Rows are claimed with SKIP LOCKED so several workers
 * never send the same message; a failure is recorded and retried on a later run.
 */
export async function deliverPendingEmails(options: { limit?: number } = {}, database: Db = db): Promise<{ sent: number; failed: number }> {
  const transport = mailTransport();
  let sent = 0;
  let failed = 0;
  for (let i = 0; i < (options.limit ?? 100); i++) {
    const outcome = await database.$transaction(async (tx) => {
      const [email] = await tx.$queryRaw<{ id: string; to: string; subject: string; text: string }[]>`
        SELECT id, "to", subject, text FROM "OutboundEmail"
        WHERE "sentAt" IS NULL AND attempts < ${MAX_ATTEMPTS}
        ORDER BY "createdAt" LIMIT 1 FOR UPDATE SKIP LOCKED`;
      if (!email) return 'none' as const;
      try {
        const info = await transport.transporter.sendMail({ from: transport.from, to: email.to, subject: email.subject, text: email.text });
        await tx.outboundEmail.update({
          where: { id: email.id },
          data: { sentAt: new Date(), attempts: { increment: 1 }, deliveredVia: transport.via, messageId: info.messageId ?? null, error: null },
        });
        return 'sent' as const;
      } catch (error) {
        await tx.outboundEmail.update({ where: { id: email.id }, data: { attempts: { increment: 1 }, error: String(error).slice(0, 1000) } });
        return 'failed' as const;
      }
    });
    if (outcome === 'none') break;
    if (outcome === 'sent') sent++;
    else failed++;
  }
  return { sent, failed };
}
