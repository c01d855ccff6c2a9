'use server';

import { action } from '@/app/_lib/action.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { searchClients, searchClientsSchema } from '@/lib/server/clients/search-clients.ts';

/** The client picker's options as the technician types (the queue filter). */
export const searchClientsAction = action(searchClientsSchema, { roles: STAFF_ROLES }, async (input, actor) => ({
  data: await searchClients({ actor, input }),
}));
