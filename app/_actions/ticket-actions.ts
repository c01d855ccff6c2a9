'use server';

import { z } from 'zod';
import { action } from '@/app/_lib/action.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { updateTicket } from '@/lib/server/tickets/update-ticket.ts';
import { assignTicket } from '@/lib/server/tickets/assign-ticket.ts';
import { raiseEstimate } from '@/lib/server/estimates/raise-estimate.ts';
import { approveEstimate } from '@/lib/server/estimates/approve-estimate.ts';
import { mergeTickets } from '@/lib/server/tickets/merge-tickets.ts';
import { createFollowUpProblem } from '@/lib/server/tickets/create-follow-up-problem.ts';
import { createTicket } from '@/lib/server/tickets/create-ticket.ts';
import { listLinkableAssets, listLinkableAssetsSchema } from '@/lib/server/tickets/list-linkable-assets.ts';

const ref = { ticketId: z.uuid(), ticketNumber: z.coerce.number().int().positive() };
const path = (n: number) => `/console/tickets/${n}`;
const blankToUndefined = (v: unknown) => (v === '' ? undefined : v);

const updateSchema = z.object({
  ...ref,
  type: z.enum(['incident', 'service_request', 'problem', 'change', 'maintenance', 'alert']),
  phase: z.preprocess(blankToUndefined, z.enum(['assessment', 'remediation']).optional()),
  priority: z.enum(['P1', 'P2', 'P3', 'P4']),
  status: z.enum(['new', 'triaged', 'in_progress', 'waiting_on_customer', 'awaiting_approval', 'resolved', 'closed']),
  assetIds: z.array(z.uuid()).default([]),
});

export const updateTicketAction = action(updateSchema, { roles: STAFF_ROLES }, async (input, actor) => {
  const updated = await updateTicket({
    actor,
    ticketId: input.ticketId,
    input: { type: input.type, phase: input.type === 'maintenance' ? (input.phase ?? 'assessment') : null, priority: input.priority, status: input.status, assetIds: input.assetIds },
  });
  const redecided = updated.redecidedEntryIds.length;
  return { message: redecided ? `Saved; ${redecided} time ${redecided === 1 ? 'entry was' : 'entries were'} decided again.` : 'Saved.', revalidate: [path(input.ticketNumber)] };
});

/** The asset picker's options, fetched when the technician opens it (not with every page). */
export const linkableAssetsAction = action(listLinkableAssetsSchema, { roles: STAFF_ROLES }, async (input, actor) => ({
  data: await listLinkableAssets({ actor, input }),
}));

export const assignTicketAction = action(z.object({ ...ref, assigneeId: z.preprocess(blankToUndefined, z.uuid().optional()) }), { roles: STAFF_ROLES }, async (input, actor) => {
  await assignTicket({ actor, input: { ticketId: input.ticketId, assigneeId: input.assigneeId ?? null } });
  return { message: input.assigneeId ? 'Assigned.' : 'Returned to the queue.', revalidate: [path(input.ticketNumber)] };
});

const estimateSchema = z.object({
  ...ref,
  description: z.string(),
  kind: z.enum(['hours', 'flat_fee']),
  hours: z.preprocess(blankToUndefined, z.coerce.number().positive('Enter the hours.').max(1000).optional()),
  amount: z.preprocess(blankToUndefined, z.string().optional()),
});

export const raiseEstimateAction = action(estimateSchema, { roles: STAFF_ROLES }, async (input, actor) => {
  await raiseEstimate({
    actor,
    input: {
      ticketId: input.ticketId,
      description: input.description,
      ...(input.kind === 'hours' ? { minutes: Math.round((input.hours ?? 0) * 60) || undefined } : { amount: input.amount }),
    },
  });
  return { message: 'Estimate sent to the customer for approval.', revalidate: [path(input.ticketNumber)] };
});

export const recordApprovalAction = action(z.object({ ...ref, estimateId: z.uuid(), approvedBy: z.string() }), { roles: STAFF_ROLES }, async (input, actor) => {
  const result = await approveEstimate({ actor, input: { estimateId: input.estimateId, approvedBy: input.approvedBy } });
  return { message: `Approval recorded${result.redecidedEntryIds.length ? `; ${result.redecidedEntryIds.length} entries decided again` : ''}.`, revalidate: [path(input.ticketNumber)] };
});

const mergeSchema = z.object({ ...ref, targetNumber: z.coerce.number({ error: 'Enter a ticket number.' }).int().positive('Enter a ticket number.') });

export const mergeTicketAction = action(mergeSchema, { roles: STAFF_ROLES }, async (input, actor) => {
  const merged = await mergeTickets({ actor, input: { sourceTicketId: input.ticketId, targetNumber: input.targetNumber } });
  return { redirectTo: `/console/tickets/${merged.targetNumber}` };
});

export const followUpProblemAction = action(z.object(ref), { roles: STAFF_ROLES }, async (input, actor) => {
  const created = await createFollowUpProblem({ actor, input: { incidentId: input.ticketId } });
  return { redirectTo: `/console/tickets/${created.number}` };
});

const newTicketSchema = z.object({
  clientId: z.uuid('Choose the client.'),
  channel: z.enum(['phone', 'hotline', 'email', 'portal']),
  type: z.enum(['incident', 'service_request', 'problem', 'change', 'maintenance', 'alert']),
  priority: z.enum(['P1', 'P2', 'P3', 'P4']),
  subject: z.string(),
  description: z.string().default(''),
  requesterId: z.preprocess(blankToUndefined, z.uuid().optional()),
});

/** A ticket opened by a technician, typically during a phone call. */
export const createTicketAction = action(newTicketSchema, { roles: STAFF_ROLES }, async (input, actor) => {
  const created = await createTicket({ actor, input });
  return { redirectTo: `/console/tickets/${created.number}` };
});
