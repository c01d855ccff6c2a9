import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { MANAGER_ROLES } from '@/lib/auth/roles.ts';
import { AppError, notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { periodLabel, periodOf } from '@/lib/domain/invoices/invoice-period.ts';
import { formatMoney, money } from '@/lib/domain/money/decimal.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { queueEmail } from '@/lib/server/mail/queue-email.ts';
import { nudgeJob } from '@/lib/jobs/nudge.ts';
import { buildClientInvoice } from './build-client-invoice.ts';
import { lockClientBilling, lockInvoiceScope, takeNextInvoiceNumber } from './invoice-locks.ts';

export const invoiceRefSchema = z.object({ invoiceId: z.uuid('Choose an invoice.') });

export interface IssuedInvoice {
  id: string;
  number: number;
  total: string;
  /** the total shown on the draft before it was brought up to date, when it differed */
  draftTotal: string | null;
  lockedEntries: number;
}

/**
 * Issues a draft: brings its lines up to date with the entries' current decisions (while no
 * entry of the client can be decided again), takes the next gapless number, locks its time
 * entries for good and e-mails the client's customer admins. All in one transaction.
 */
export async function issueInvoice(options: { actor: Actor | null; input: z.input<typeof invoiceRefSchema>; now?: Date }, database: Db = db): Promise<IssuedInvoice> {
  const actor = authorize(options.actor, { roles: MANAGER_ROLES });
  const { invoiceId } = parseOrThrow(invoiceRefSchema, options.input);
  const now = options.now ?? new Date();

  const issued = await database.$transaction(
    async (tx) => {
      const found = await tx.invoice.findUnique({ where: { id: invoiceId }, select: { clientId: true } });
      if (!found) throw notFound('The invoice');
      await lockInvoiceScope(tx, found.clientId);
      const draft = await tx.invoice.findUniqueOrThrow({
        where: { id: invoiceId },
        select: { status: true, total: true, periodStart: true, client: { select: { id: true, name: true } } },
      });
      if (draft.status !== 'draft') throw new AppError('conflict', `This invoice is already ${draft.status}; only drafts can be issued.`);
      await lockClientBilling(tx, found.clientId);
      const period = periodOf(draft.periodStart);
      const built = await buildClientInvoice(tx, { clientId: found.clientId, period, actor, now });
      if (built.invoiceId !== invoiceId) {
        throw new AppError('conflict', 'Nothing is left to bill on this draft (its work was decided again); run the month again.');
      }
      const number = await takeNextInvoiceNumber(tx);
      await tx.invoice.update({ where: { id: invoiceId }, data: { status: 'issued', number, issuedAt: now } });
      const locked = await tx.timeEntry.updateMany({ where: { invoiceId, lockedAt: null }, data: { lockedAt: now } });
      const draftTotal = draft.total.toFixed(2);
      await recordAudit(tx, {
        actor,
        action: 'invoice.issued',
        entityType: 'Invoice',
        entityId: invoiceId,
        clientId: found.clientId,
        before: { status: 'draft', total: draftTotal },
        after: { status: 'issued', number, total: built.total, lines: built.lineCount, lockedEntries: locked.count },
      });
      const admins = await tx.user.findMany({ where: { clientId: found.clientId, role: 'customer_admin', isActive: true }, select: { email: true } });
      for (const admin of admins) {
        await queueEmail(tx, {
          to: admin.email,
          subject: `Invoice ${number} for ${periodLabel(period)}`,
          text: [
            `Invoice ${number} for ${draft.client.name}, ${periodLabel(period)}, is ready.`,
            `Total: ${formatMoney(built.total)}.`,
            `Open it in the customer portal under Invoices (/portal/invoices/${invoiceId}), where you can also download the PDF.`,
          ].join('\n\n'),
        });
      }
      return {
        id: invoiceId,
        number,
        total: built.total,
        draftTotal: money(draftTotal).equals(built.total) ? null : draftTotal,
        lockedEntries: locked.count,
      };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
  await nudgeJob('mail-deliver');
  return issued;
}
