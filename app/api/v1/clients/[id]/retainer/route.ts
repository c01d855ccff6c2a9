import { apiHandler } from '@/app/_lib/api-handler.ts';
import { idParamsSchema } from '@/lib/api/schemas/common.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { getRetainer } from '@/lib/server/retainer/get-retainer.ts';

export const GET = apiHandler({ roles: STAFF_ROLES, params: idParamsSchema }, async ({ actor, params, db }) => ({
  body: await getRetainer({ actor, clientId: params.id }, db),
}));
