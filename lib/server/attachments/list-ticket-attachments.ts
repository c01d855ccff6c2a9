import { z } from 'zod';
import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { CUSTOMER_ROLES, STAFF_ROLES } from '@/lib/auth/roles.ts';
import { ticketsVisibleTo } from '@/lib/db/scope.ts';
import { notFound } from '@/lib/errors/app-error.ts';
import { attachmentsVisibleTo } from './attachment-scope.ts';

export interface AttachmentListItem {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  uploadedByName: string | null;
  createdAt: Date;
}

/** A ticket's attachments as the actor may see them; another client's ticket is not found. */
export async function listTicketAttachments(
  options: { actor: Actor | null; ticketId: string },
  tx: DbTx = db,
): Promise<AttachmentListItem[]> {
  const actor = authorize(options.actor, { roles: [...STAFF_ROLES, ...CUSTOMER_ROLES] });
  const ticketId = z.uuid().safeParse(options.ticketId);
  if (!ticketId.success) throw notFound('The ticket');
  const ticket = await tx.ticket.findFirst({ where: { AND: [ticketsVisibleTo(actor), { id: ticketId.data }] }, select: { id: true } });
  if (!ticket) throw notFound('The ticket');
  const rows = await tx.attachment.findMany({
    where: { AND: [attachmentsVisibleTo(actor), { ticketId: ticket.id }] },
    orderBy: { createdAt: 'asc' },
    select: { id: true, fileName: true, contentType: true, sizeBytes: true, createdAt: true, uploadedBy: { select: { name: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    uploadedByName: row.uploadedBy?.name ?? null,
    createdAt: row.createdAt,
  }));
}
