import { apiHandler } from '@/app/_lib/api-handler.ts';
import { idParamsSchema } from '@/lib/api/schemas/common.ts';
import { updateTicketBodySchema } from '@/lib/api/schemas/tickets.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { updateTicket } from '@/lib/server/tickets/update-ticket.ts';

export const PATCH = apiHandler(
  { roles: STAFF_ROLES, params: idParamsSchema, body: updateTicketBodySchema },
  async ({ actor, params, body, db }) => ({
    body: await updateTicket({ actor, ticketId: params.id, input: body }, db),
  }),
);
