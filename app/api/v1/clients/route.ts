import { apiHandler } from '@/app/_lib/api-handler.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { listClientsApi } from '@/lib/server/clients/list-clients-api.ts';

export const GET = apiHandler({ roles: STAFF_ROLES }, async ({ actor, db }) => ({
  body: await listClientsApi({ actor }, db),
}));
