import { apiHandler } from '@/app/_lib/api-handler.ts';
import { createTicketBodySchema } from '@/lib/api/schemas/tickets.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { createTicket } from '@/lib/server/tickets/create-ticket.ts';

export const POST = apiHandler({ roles: STAFF_ROLES, body: createTicketBodySchema }, async ({ actor, body, db }) => ({
  status: 201,
  body: await createTicket({ actor, input: body }, db),
}));
