import { z } from 'zod';
import { createTicketSchema } from '@/lib/server/tickets/create-ticket.ts';
import { updateTicketSchema } from '@/lib/server/tickets/update-ticket.ts';
import { TICKET_STATUSES } from '@/lib/server/tickets/ticket-status.ts';

export const createTicketBodySchema = createTicketSchema
  .pick({ type: true, phase: true, priority: true, subject: true, description: true, assetIds: true, channel: true })
  .extend({ clientId: z.uuid('Choose a client.') });

export const createTicketResponseSchema = z.object({ id: z.uuid(), number: z.number().int() });

/** type, phase, priority, status, assetIds: at least one. */
export const updateTicketBodySchema = updateTicketSchema;

export const ticketSummaryResponseSchema = z.object({
  id: z.uuid(),
  number: z.number().int(),
  clientId: z.uuid(),
  subject: z.string(),
  type: createTicketSchema.shape.type,
  phase: z.enum(['assessment', 'remediation']).nullable(),
  priority: createTicketSchema.shape.priority,
  status: z.enum(TICKET_STATUSES),
  assetIds: z.array(z.uuid()),
  responseDueAt: z.iso.datetime().nullable(),
  resolutionDueAt: z.iso.datetime().nullable(),
  slaPausedAt: z.iso.datetime().nullable(),
  resolvedAt: z.iso.datetime().nullable(),
  closedAt: z.iso.datetime().nullable(),
  updatedAt: z.iso.datetime(),
  redecidedEntryIds: z.array(z.uuid()).describe('Time entries whose billing decision changed'),
});
