import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Prisma } from '@/lib/db/generated/client.ts';
import type { MaintenancePhase, TicketType } from '@/lib/db/generated/enums.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { AppError, notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { redecideTicketEntries } from '@/lib/server/billing/redecide-ticket-entries.ts';
import { PRIORITIES, TICKET_TYPES } from './create-ticket.ts';
import { assertStatusTransition, statusChangeData, TICKET_STATUSES } from './ticket-status.ts';
import { ticketSummarySelect, toTicketSummary, type TicketSummary } from './ticket-summary.ts';

export const updateTicketSchema = z
  .object({
    type: z.enum(TICKET_TYPES, { error: 'Choose a ticket type.' }).optional(),
    phase: z.enum(['assessment', 'remediation'], { error: 'Choose assessment or remediation.' }).nullable().optional(),
    priority: z.enum(PRIORITIES, { error: 'Choose a priority from P1 to P4.' }).optional(),
    status: z.enum(TICKET_STATUSES, { error: `Choose a status: ${TICKET_STATUSES.join(', ')}.` }).optional(),
    assetIds: z.array(z.uuid('Each asset id must be a UUID.')).max(50, 'Link at most 50 assets.').optional(),
  })
  .refine((v) => Object.values(v).some((value) => value !== undefined), {
    message: 'Change at least one of type, phase, priority, status or assetIds.',
  });
export type UpdateTicketInput = z.input<typeof updateTicketSchema>;

export type UpdatedTicket = TicketSummary & { redecidedEntryIds: string[] };

function nextPhase(
  input: z.infer<typeof updateTicketSchema>,
  current: { type: TicketType; phase: MaintenancePhase | null },
  type: TicketType,
): MaintenancePhase | null {
  if (type !== 'maintenance') {
    if (input.phase) {
      throw new AppError('invalid', 'Only maintenance tickets have a phase.', { fieldErrors: { phase: ['Only maintenance tickets have a phase.'] } });
    }
    return null;
  }
  if (input.phase) return input.phase;
  return current.type === 'maintenance' && current.phase ? current.phase : 'assessment';
}

/**
 * Reclassifies a ticket and moves it through its lifecycle. A change of type, phase, priority or
 * assets changes what its work costs, so its un-invoiced entries are decided again in the same
 * transaction.
 */
export async function updateTicket(
  options: { actor: Actor | null; ticketId: string; input: UpdateTicketInput; now?: Date },
  database: Db = db,
): Promise<UpdatedTicket> {
  const actor = authorize(options.actor, { roles: STAFF_ROLES });
  const ticketId = parseOrThrow(z.uuid('Choose a ticket.'), options.ticketId);
  const input = parseOrThrow(updateTicketSchema, options.input);
  const now = options.now ?? new Date();

  return database.$transaction(
    async (tx) => {
      const ticket = await tx.ticket.findUnique({
        where: { id: ticketId },
        select: {
          id: true,
          number: true,
          clientId: true,
          contractId: true,
          mergedIntoId: true,
          type: true,
          phase: true,
          priority: true,
          status: true,
          slaPausedAt: true,
          slaPausedMinutes: true,
          responseDueAt: true,
          resolutionDueAt: true,
          firstRespondedAt: true,
          resolvedAt: true,
          client: { select: { timezone: true } },
          assets: { select: { assetId: true } },
        },
      });
      if (!ticket) throw notFound('The ticket');
      if (ticket.mergedIntoId) throw new AppError('conflict', 'This ticket was merged; change the ticket it was merged into.');

      const type = input.type ?? ticket.type;
      const phase = nextPhase(input, ticket, type);
      const priority = input.priority ?? ticket.priority;
      const status = input.status ?? ticket.status;
      assertStatusTransition(ticket.status, status);

      const currentAssetIds = ticket.assets.map((link) => link.assetId);
      const assetIds = input.assetIds ? [...new Set(input.assetIds)] : currentAssetIds;
      const added = assetIds.filter((id) => !currentAssetIds.includes(id));
      const removed = currentAssetIds.filter((id) => !assetIds.includes(id));
      if (added.length) {
        const owned = await tx.asset.count({ where: { id: { in: added }, clientId: ticket.clientId } });
        if (owned !== added.length) {
          throw new AppError('invalid', 'One of the chosen assets does not belong to this ticket\'s client.', { fieldErrors: { assetIds: ['Choose assets of this ticket\'s client.'] } });
        }
      }

      const isTypeChanged = type !== ticket.type || phase !== ticket.phase;
      const isPriorityChanged = priority !== ticket.priority;
      const isStatusChanged = status !== ticket.status;
      const isAssetsChanged = added.length > 0 || removed.length > 0;
      const events: Prisma.TicketEventCreateManyInput[] = [];
      const event = (kind: string, data: Prisma.InputJsonValue) => events.push({ ticketId, actorId: actor.userId, kind, data, createdAt: now });
      if (isTypeChanged) event('type_changed', { from: { type: ticket.type, phase: ticket.phase }, to: { type, phase } });
      if (isPriorityChanged) event('priority_changed', { from: ticket.priority, to: priority });
      if (isStatusChanged) event('status_changed', { from: ticket.status, to: status });
      if (isAssetsChanged) event('assets_changed', { added, removed });

      const statusData = isStatusChanged
        ? await statusChangeData(tx, { ...ticket, clientTimezone: ticket.client.timezone }, status, now)
        : {};
      await tx.ticket.update({ where: { id: ticketId }, data: { type, phase, priority, ...statusData } });
      if (removed.length) await tx.ticketAsset.deleteMany({ where: { ticketId, assetId: { in: removed } } });
      if (added.length) await tx.ticketAsset.createMany({ data: added.map((assetId) => ({ ticketId, assetId, linkedAt: now })) });
      if (events.length) await tx.ticketEvent.createMany({ data: events });

      let redecidedEntryIds: string[] = [];
      if (isTypeChanged || isPriorityChanged || isAssetsChanged) {
        ({ changedEntryIds: redecidedEntryIds } = await redecideTicketEntries(tx, { ticketId, actor, cause: 'ticket_changed', now }));
      }
      if (events.length) {
        await recordAudit(tx, {
          actor,
          action: 'ticket.updated',
          entityType: 'Ticket',
          entityId: ticketId,
          clientId: ticket.clientId,
          before: { type: ticket.type, phase: ticket.phase, priority: ticket.priority, status: ticket.status, assetIds: currentAssetIds },
          after: { type, phase, priority, status, assetIds, redecidedEntries: redecidedEntryIds.length },
        });
      }
      const updated = await tx.ticket.findUniqueOrThrow({ where: { id: ticketId }, select: ticketSummarySelect });
      return { ...toTicketSummary(updated), redecidedEntryIds };
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}
