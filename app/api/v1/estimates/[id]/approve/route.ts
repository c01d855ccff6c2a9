import { apiHandler } from '@/app/_lib/api-handler.ts';
import { idParamsSchema } from '@/lib/api/schemas/common.ts';
import { approveEstimateBodySchema } from '@/lib/api/schemas/estimates.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { approveEstimate } from '@/lib/server/estimates/approve-estimate.ts';

export const POST = apiHandler(
  { roles: STAFF_ROLES, params: idParamsSchema, body: approveEstimateBodySchema },
  async ({ actor, params, body, db }) => ({
    body: await approveEstimate({ actor, input: { estimateId: params.id, approvedBy: body.approvedBy } }, db),
  }),
);
