import type { Prisma } from '@/lib/db/generated/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { isCustomerRole } from '@/lib/auth/roles.ts';
import { ticketsVisibleTo } from '@/lib/db/scope.ts';

/**
 * The attachments an actor may see: those of tickets they may see and, for customers, none
 * that hang off an internal note.
 */
export function attachmentsVisibleTo(actor: Actor): Prisma.AttachmentWhereInput {
  const onVisibleTicket: Prisma.AttachmentWhereInput = { ticket: ticketsVisibleTo(actor) };
  if (!isCustomerRole(actor.role)) return onVisibleTicket;
  return { AND: [onVisibleTicket, { OR: [{ commentId: null }, { comment: { isInternal: false } }] }] };
}
