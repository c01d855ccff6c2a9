import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { CUSTOMER_ROLES, STAFF_ROLES, isCustomerRole } from '@/lib/auth/roles.ts';
import { AppError, notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { findGoverningContract } from '@/lib/server/billing/load-terms.ts';
import { allowedChannels, computeTicketSla } from './ticket-sla.ts';

export const TICKET_TYPES = ['incident', 'service_request', 'problem', 'change', 'maintenance', 'alert'] as const;
export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export const CHANNELS = ['portal', 'email', 'phone', 'hotline'] as const;

export const createTicketSchema = z.object({
  clientId: z.uuid('Choose a client.').optional(),
  type: z.enum(TICKET_TYPES, { error: 'Choose a ticket type.' }),
  phase: z.enum(['assessment', 'remediation']).nullish(),
  priority: z.enum(PRIORITIES, { error: 'Choose a priority from P1 to P4.' }),
  channel: z.enum(CHANNELS).optional(),
  subject: z.string().trim().min(3, 'Give the ticket a subject of at least 3 characters.').max(200, 'Keep the subject under 200 characters.'),
  description: z.string().trim().max(20_000, 'The description is limited to 20,000 characters.').default(''),
  assetIds: z.array(z.uuid()).max(50).default([]),
  requesterId: z.uuid().optional(),
  parentTicketId: z.uuid().optional(),
});
export type CreateTicketInput = z.input<typeof createTicketSchema>;

/**
 * The one way a ticket is born (portal, console, API, alerts). Customers open tickets for their
 * own company through the portal; staff pick the client and a channel its tier allows.
 */
export async function createTicket(
  options: { actor: Actor | null; input: CreateTicketInput; now?: Date },
  database: Db = db,
): Promise<{ id: string; number: number }> {
  const actor = authorize(options.actor, { roles: [...STAFF_ROLES, ...CUSTOMER_ROLES] });
  const input = parseOrThrow(createTicketSchema, options.input);
  const now = options.now ?? new Date();
  const isCustomer = isCustomerRole(actor.role);
  const clientId = isCustomer ? actor.clientId! : input.clientId;
  if (!clientId) throw new AppError('invalid', 'Choose a client.', { fieldErrors: { clientId: ['Choose a client.'] } });
  const channel = isCustomer ? 'portal' : (input.channel ?? 'phone');
  const type = input.type;
  const phase = type === 'maintenance' ? (input.phase ?? 'assessment') : null;

  return database.$transaction(async (tx) => {
    const client = await tx.client.findUnique({ where: { id: clientId }, select: { id: true, timezone: true, status: true } });
    if (!client) throw notFound('The client');
    if (client.status === 'offboarded') throw new AppError('conflict', 'This client has been offboarded; tickets can no longer be opened.');
    const contract = await findGoverningContract(tx, { clientId, clientTimezone: client.timezone, ticketContractId: null, at: now });
    const channels = await allowedChannels(tx, { tierId: contract?.tierId ?? null, at: now });
    if (!channels.includes(channel)) {
      throw new AppError('invalid', `The client's agreement does not include the ${channel} channel.`, { fieldErrors: { channel: [`The ${channel} channel is not included in the client's tier (allowed: ${channels.join(', ')}).`] } });
    }
    if (input.assetIds.length) {
      const owned = await tx.asset.count({ where: { id: { in: input.assetIds }, clientId } });
      if (owned !== new Set(input.assetIds).size) throw new AppError('invalid', 'One of the chosen assets does not belong to this client.', { fieldErrors: { assetIds: ['Choose assets of this client.'] } });
    }
    if (input.parentTicketId) {
      const parent = await tx.ticket.count({ where: { id: input.parentTicketId, clientId } });
      if (!parent) throw notFound('The parent ticket');
    }
    let requesterId: string | null = isCustomer ? actor.userId : null;
    if (!isCustomer && input.requesterId) {
      const requester = await tx.user.count({ where: { id: input.requesterId, clientId } });
      if (!requester) throw new AppError('invalid', 'The requester must be a user of this client.', { fieldErrors: { requesterId: ['Choose a user of this client.'] } });
      requesterId = input.requesterId;
    }
    const sla = await computeTicketSla(tx, { tierId: contract?.tierId ?? null, clientTimezone: client.timezone, priority: input.priority, openedAt: now });
    const ticket = await tx.ticket.create({
      data: {
        clientId,
        contractId: contract?.id ?? null,
        type,
        phase,
        priority: input.priority,
        channel,
        subject: input.subject,
        description: input.description,
        requesterId,
        parentTicketId: input.parentTicketId ?? null,
        responseDueAt: sla.responseDueAt,
        resolutionDueAt: sla.resolutionDueAt,
        createdAt: now,
        assets: input.assetIds.length ? { create: [...new Set(input.assetIds)].map((assetId) => ({ assetId })) } : undefined,
        events: { create: { actorId: actor.userId, kind: 'created', data: { channel, type, priority: input.priority }, createdAt: now } },
      },
      select: { id: true, number: true },
    });
    return ticket;
  });
}
