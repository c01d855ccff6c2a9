import { apiHandler } from '@/app/_lib/api-handler.ts';
import { idParamsSchema } from '@/lib/api/schemas/common.ts';
import { raiseEstimateBodySchema } from '@/lib/api/schemas/estimates.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { raiseEstimate } from '@/lib/server/estimates/raise-estimate.ts';

export const POST = apiHandler(
  { roles: STAFF_ROLES, params: idParamsSchema, body: raiseEstimateBodySchema },
  async ({ actor, params, body, db }) => {
    const estimate = await raiseEstimate({ actor, input: { ...body, ticketId: params.id } }, db);
    return { status: 201, body: { id: estimate.id } };
  },
);
