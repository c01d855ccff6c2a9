'use server';

import { z } from 'zod';
import { action } from '@/app/_lib/action.ts';
import { CUSTOMER_ROLES } from '@/lib/auth/roles.ts';
import { reopenTicket } from '@/lib/server/tickets/reopen-ticket.ts';
import { rateTicket } from '@/lib/server/tickets/rate-ticket.ts';

const ref = { ticketId: z.uuid(), ticketNumber: z.coerce.number().int().positive() };
const path = (n: number) => `/portal/tickets/${n}`;

export const reopenTicketAction = action(z.object({ ...ref, reason: z.string() }), { roles: CUSTOMER_ROLES }, async (input, actor) => {
  await reopenTicket({ actor, input: { ticketId: input.ticketId, reason: input.reason } });
  return { message: 'Reopened. We are on it again.', revalidate: [path(input.ticketNumber), '/portal'] };
});

export const rateTicketAction = action(
  z.object({ ...ref, score: z.string({ error: 'Choose a rating from 1 to 5.' }), comment: z.string().optional() }),
  { roles: CUSTOMER_ROLES },
  async (input, actor) => {
    await rateTicket({ actor, input: { ticketId: input.ticketId, score: input.score, comment: input.comment } });
    return { message: 'Thank you for your rating.', revalidate: [path(input.ticketNumber)] };
  },
);
