import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { getTicket } from '@/lib/server/tickets/get-ticket.ts';
import { listTickets } from '@/lib/server/tickets/list-tickets.ts';
import { addComment } from '@/lib/server/tickets/add-comment.ts';
import { createTicket } from '@/lib/server/tickets/create-ticket.ts';
import { approveEstimate } from '@/lib/server/estimates/approve-estimate.ts';
import { rejectEstimate } from '@/lib/server/estimates/reject-estimate.ts';
import { listPendingEstimates } from '@/lib/server/estimates/list-estimates.ts';
import { getRetainer } from '@/lib/server/retainer/get-retainer.ts';
import { getQuotaUsage } from '@/lib/server/billing/get-quota-usage.ts';
import { submitRequest } from '@/lib/server/portal/submit-request.ts';
import { previewCoverage } from '@/lib/server/portal/preview-coverage.ts';
import { getEstate } from '@/lib/server/portal/get-estate.ts';
import { getSharedRunBookPage } from '@/lib/server/portal/get-shared-run-book-page.ts';
import { getAccountOverview } from '@/lib/server/portal/get-account-overview.ts';
import { listMonthTimeEntries } from '@/lib/server/portal/list-month-time-entries.ts';
import { reopenTicket } from '@/lib/server/tickets/reopen-ticket.ts';
import { rateTicket } from '@/lib/server/tickets/rate-ticket.ts';
import { getPortalTicketDetails } from '@/lib/server/tickets/get-portal-ticket-details.ts';
import { listTicketAttachments } from '@/lib/server/attachments/list-ticket-attachments.ts';
import { getAttachmentFile } from '@/lib/server/attachments/get-attachment-file.ts';
import { newStorageKey } from '@/lib/server/attachments/storage.ts';
import { attachmentResponse } from '@/lib/server/attachments/attachment-response.ts';
import { changeUserRole } from '@/lib/server/users/change-user-role.ts';
import { setUserActive } from '@/lib/server/users/set-user-active.ts';
import { resendInvitation } from '@/lib/server/users/resend-invitation.ts';
import { listCompanyUsers } from '@/lib/server/users/list-company-users.ts';
import { logTime } from '@/lib/server/time/log-time.ts';
import { tempStorage, TUESDAY_NOON, twoCompanies } from './portal-world.ts';

/** Company A with one of everything; B's customers then ask for A's things by id. */
async function world() {
  const { a, b, tech } = await twoCompanies();
  await db.ticket.update({ where: { id: a.ticketId }, data: { status: 'resolved', resolvedAt: TUESDAY_NOON } });
  const publicReply = await db.ticketComment.create({ data: { ticketId: a.ticketId, authorId: tech.userId, body: 'Public reply' } });
  await db.ticketComment.create({ data: { ticketId: a.ticketId, authorId: tech.userId, body: 'INTERNAL: customer is difficult', isInternal: true } });
  const estimate = await db.estimate.create({ data: { ticketId: a.ticketId, clientId: a.clientId, description: 'Replace fuser', minutes: 60, requestedById: tech.userId } });
  const storage = await tempStorage();
  const key = newStorageKey();
  await storage.put(key, new TextEncoder().encode('A only'));
  const attachment = await db.attachment.create({ data: { ticketId: a.ticketId, fileName: 'a.txt', contentType: 'text/plain', sizeBytes: 6, storageKey: key } });
  const page = await db.runBookPage.create({ data: { clientId: a.clientId, title: 'A guide', body: 'A only', isSharedWithCustomer: true } });
  await logTime({ actor: tech, input: { ticketId: a.ticketId, startedAt: new Date('2026-11-16T15:00:00Z'), endedAt: new Date('2026-11-16T15:20:00Z'), mode: 'remote' } });
  return { a, b, tech, estimate, attachment, page, publicReply, storage };
}

async function snapshotOfA(w: Awaited<ReturnType<typeof world>>) {
  const [ticket, comments, estimate, users, attachments, tickets, audit] = await Promise.all([
    db.ticket.findUniqueOrThrow({ where: { id: w.a.ticketId }, select: { status: true, resolvedAt: true, satisfactionScore: true, updatedAt: true } }),
    db.ticketComment.count({ where: { ticketId: w.a.ticketId } }),
    db.estimate.findUniqueOrThrow({ where: { id: w.estimate.id }, select: { status: true, decidedAt: true } }),
    db.user.findMany({ where: { clientId: w.a.clientId }, orderBy: { id: 'asc' }, select: { id: true, role: true, isActive: true } }),
    db.attachment.count({ where: { ticket: { clientId: w.a.clientId } } }),
    db.ticket.count({ where: { clientId: w.a.clientId } }),
    db.auditLog.count({ where: { clientId: w.a.clientId } }),
  ]);
  return { ticket, comments, estimate, users, attachments, tickets, audit };
}

describe('client isolation in the portal: another company’s object is not found, and nothing changes', () => {
  it('every entry point refuses B’s customers A’s objects by id', async () => {
    const w = await world();
    const before = await snapshotOfA(w);
    for (const outsider of [w.b.admin, w.b.user] as Actor[]) {
      const attempts: [string, () => Promise<unknown>][] = [
        ['getTicket', () => getTicket({ actor: outsider, number: w.a.ticketNumber })],
        ['addComment', () => addComment({ actor: outsider, input: { ticketId: w.a.ticketId, body: 'hi' } })],
        ['reopenTicket', () => reopenTicket({ actor: outsider, input: { ticketId: w.a.ticketId, reason: 'reopen it' }, now: TUESDAY_NOON })],
        ['rateTicket', () => rateTicket({ actor: outsider, input: { ticketId: w.a.ticketId, score: 1 } })],
        ['getPortalTicketDetails', () => getPortalTicketDetails({ actor: outsider, ticketId: w.a.ticketId })],
        ['listTicketAttachments', () => listTicketAttachments({ actor: outsider, ticketId: w.a.ticketId })],
        ['getAttachmentFile', () => getAttachmentFile({ actor: outsider, attachmentId: w.attachment.id }, db, w.storage)],
        ['submitRequest (asset)', () => submitRequest({ actor: outsider, input: { kind: 'broken', urgency: 'low', impact: 'just_me', subject: 'x y z', assetId: w.a.assetId } }, db, w.storage)],
        ['previewCoverage (asset)', () => previewCoverage({ actor: outsider, input: { kind: 'broken', assetId: w.a.assetId } })],
        ['getSharedRunBookPage', () => getSharedRunBookPage({ actor: outsider, pageId: w.page.id })],
      ];
      if (outsider.role === 'customer_admin') {
        attempts.push(
          ['approveEstimate', () => approveEstimate({ actor: outsider, input: { estimateId: w.estimate.id } })],
          ['rejectEstimate', () => rejectEstimate({ actor: outsider, input: { estimateId: w.estimate.id, reason: 'too expensive' } })],
          ['getRetainer', () => getRetainer({ actor: outsider, clientId: w.a.clientId })],
          ['getQuotaUsage', () => getQuotaUsage({ actor: outsider, input: { clientId: w.a.clientId, month: '2026-11' } })],
          ['changeUserRole', () => changeUserRole({ actor: outsider, input: { userId: w.a.user.userId, role: 'customer_admin' } })],
          ['setUserActive', () => setUserActive({ actor: outsider, input: { userId: w.a.admin.userId, isActive: false } })],
          ['resendInvitation', () => resendInvitation({ actor: outsider, input: { userId: w.a.user.userId } })],
        );
      }
      for (const [name, attempt] of attempts) {
        await expect(attempt(), `${name} as ${outsider.role}`).rejects.toMatchObject({ code: 'not_found' });
      }
      expect((await attachmentResponse(outsider, w.attachment.id)).status).toBe(404);
    }
    expect(await snapshotOfA(w)).toEqual(before);
  });

  it('lists never include A’s objects', async () => {
    const w = await world();
    const text = JSON.stringify([
      await listTickets({ actor: w.b.admin, input: { view: 'all' } }),
      await listPendingEstimates({ actor: w.b.admin }),
      await getEstate({ actor: w.b.admin }),
      await listCompanyUsers({ actor: w.b.admin }),
      await listMonthTimeEntries({ actor: w.b.admin, month: '2026-11' }),
      await getAccountOverview({ actor: w.b.admin, now: TUESDAY_NOON }),
    ]);
    for (const id of [w.a.ticketId, w.estimate.id, w.a.assetId, w.page.id, w.a.user.userId, w.a.admin.userId]) expect(text).not.toContain(id);
    expect(text).not.toContain('A only');
  });

  it('a customer can open tickets only for their own company, never with A’s assets', async () => {
    const w = await world();
    const created = await createTicket({ actor: w.b.user, input: { clientId: w.a.clientId, type: 'incident', priority: 'P3', subject: 'Lands in B' } });
    expect((await db.ticket.findUniqueOrThrow({ where: { id: created.id } })).clientId).toBe(w.b.clientId);
    await expect(createTicket({ actor: w.b.user, input: { type: 'incident', priority: 'P3', subject: 'With A’s asset', assetIds: [w.a.assetId] } })).rejects.toMatchObject({ code: 'invalid' });
  });

  it('a customer user cannot approve or reject estimates, nor manage users, even in their own company', async () => {
    const w = await world();
    const before = await snapshotOfA(w);
    await expect(approveEstimate({ actor: w.a.user, input: { estimateId: w.estimate.id } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(rejectEstimate({ actor: w.a.user, input: { estimateId: w.estimate.id, reason: 'no thanks' } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(listCompanyUsers({ actor: w.a.user })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(setUserActive({ actor: w.a.user, input: { userId: w.a.admin.userId, isActive: false } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(changeUserRole({ actor: w.a.user, input: { userId: w.a.user.userId, role: 'customer_admin' } })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(getAccountOverview({ actor: w.a.user })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await snapshotOfA(w)).toEqual(before);
  });

  it('internal notes never reach a portal response', async () => {
    const w = await world();
    for (const actor of [w.a.admin, w.a.user]) {
      const ticket = await getTicket({ actor, number: w.a.ticketNumber });
      expect(ticket.comments.map((c) => c.body)).toEqual(['Public reply']);
      const portal = JSON.stringify([ticket, await getPortalTicketDetails({ actor, ticketId: w.a.ticketId })]);
      expect(portal).not.toContain('INTERNAL');
      expect(portal).not.toContain('"isInternal":true');
    }
    expect(JSON.stringify(await getAccountOverview({ actor: w.a.admin, now: TUESDAY_NOON }))).not.toContain('Worked the issue');
  });
});
