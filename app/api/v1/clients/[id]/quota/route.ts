import { apiHandler } from '@/app/_lib/api-handler.ts';
import { quotaQuerySchema } from '@/lib/api/schemas/clients.ts';
import { idParamsSchema } from '@/lib/api/schemas/common.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { getQuotaUsage } from '@/lib/server/billing/get-quota-usage.ts';

export const GET = apiHandler(
  { roles: STAFF_ROLES, params: idParamsSchema, query: quotaQuerySchema },
  async ({ actor, params, query, db }) => ({
    body: await getQuotaUsage({ actor, input: { clientId: params.id, month: query.month } }, db),
  }),
);
