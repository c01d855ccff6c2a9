import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import { joinTransaction } from '@/lib/db/join-transaction.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { CUSTOMER_ROLES } from '@/lib/auth/roles.ts';
import { classifyRequest, IMPACTS, REQUEST_KINDS, URGENCIES } from '@/lib/domain/tickets/priority-matrix.ts';
import { notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { checkAttachments } from '@/lib/server/attachments/attachment-policy.ts';
import { attachmentStorage, type AttachmentStorage } from '@/lib/server/attachments/storage.ts';
import { removeStoredFiles, storeFiles } from '@/lib/server/attachments/store-files.ts';
import { createTicket } from '@/lib/server/tickets/create-ticket.ts';

const blankToUndefined = (v: unknown) => (v === '' ? undefined : v);

export const submitRequestSchema = z.object({
  kind: z.enum(REQUEST_KINDS, { error: 'Choose what kind of request this is.' }),
  urgency: z.enum(URGENCIES, { error: 'Choose how urgent it is.' }),
  impact: z.enum(IMPACTS, { error: 'Choose who is affected.' }),
  assetId: z.preprocess(blankToUndefined, z.uuid('Choose one of your assets.').optional()),
  subject: z.string().trim().min(3, 'Give your request a subject of at least 3 characters.').max(200, 'Keep the subject under 200 characters.'),
  description: z.string().trim().max(20_000, 'The description is limited to 20,000 characters.').default(''),
  attachments: z.array(z.object({ fileName: z.string(), bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'Attach files only.') })).default([]),
});
export type SubmitRequestInput = z.input<typeof submitRequestSchema>;

/**
 * A customer's request from the portal, in their own words: the kind, urgency and impact
 * become the ticket's type and priority; the ticket is born through `createTicket` (their
 * own company, the portal channel) and its attachments are recorded in the same transaction.
 */
export async function submitRequest(
  options: { actor: Actor | null; input: SubmitRequestInput; now?: Date },
  database: Db = db,
  storage: AttachmentStorage = attachmentStorage(),
): Promise<{ id: string; number: number }> {
  const actor = authorize(options.actor, { roles: CUSTOMER_ROLES });
  const input = parseOrThrow(submitRequestSchema, options.input);
  const now = options.now ?? new Date();
  const files = checkAttachments(input.attachments);
  const { type, priority } = classifyRequest(input);
  if (input.assetId) {
    const owned = await database.asset.count({ where: { id: input.assetId, clientId: actor.clientId! } });
    if (!owned) throw notFound('The asset');
  }

  const stored = await storeFiles(storage, files);
  try {
    return await database.$transaction(async (tx) => {
      const ticket = await createTicket(
        { actor, input: { type, priority, subject: input.subject, description: input.description, assetIds: input.assetId ? [input.assetId] : [] }, now },
        joinTransaction(tx),
      );
      await tx.ticketEvent.create({
        data: { ticketId: ticket.id, actorId: actor.userId, kind: 'request_classified', data: { kind: input.kind, urgency: input.urgency, impact: input.impact }, createdAt: now },
      });
      if (stored.length) {
        await tx.attachment.createMany({
          data: stored.map((file) => ({ ...file, ticketId: ticket.id, uploadedById: actor.userId, createdAt: now })),
        });
      }
      return ticket;
    });
  } catch (error) {
    await removeStoredFiles(storage, stored);
    throw error;
  }
}
