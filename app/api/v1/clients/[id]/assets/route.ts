import { apiHandler } from '@/app/_lib/api-handler.ts';
import { idParamsSchema } from '@/lib/api/schemas/common.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { listClientAssets } from '@/lib/server/clients/list-client-assets.ts';

export const GET = apiHandler({ roles: STAFF_ROLES, params: idParamsSchema }, async ({ actor, params, db }) => ({
  body: await listClientAssets({ actor, clientId: params.id }, db),
}));
