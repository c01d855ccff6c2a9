'use server';

import { z } from 'zod';
import { action } from '@/app/_lib/action.ts';
import { CUSTOMER_ROLES, STAFF_ROLES } from '@/lib/auth/roles.ts';
import { addComment } from '@/lib/server/tickets/add-comment.ts';

const replySchema = z.object({
  ticketId: z.uuid(),
  ticketNumber: z.coerce.number().int().positive(),
  body: z.string().trim().min(1, 'Write something before sending.').max(20_000),
  isInternal: z.literal('on').optional(),
});

export const staffReplyAction = action(replySchema, { roles: STAFF_ROLES }, async (input, actor) => {
  await addComment({ actor, input: { ticketId: input.ticketId, body: input.body, isInternal: input.isInternal === 'on' } });
  return { message: input.isInternal ? 'Internal note added.' : 'Reply sent to the customer.', revalidate: [`/console/tickets/${input.ticketNumber}`] };
});

export const customerReplyAction = action(replySchema, { roles: CUSTOMER_ROLES }, async (input, actor) => {
  await addComment({ actor, input: { ticketId: input.ticketId, body: input.body, isInternal: false } });
  return { message: 'Reply sent.', revalidate: [`/portal/tickets/${input.ticketNumber}`] };
});
