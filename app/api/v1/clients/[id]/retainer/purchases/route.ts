import { apiHandler } from '@/app/_lib/api-handler.ts';
import { idParamsSchema } from '@/lib/api/schemas/common.ts';
import { retainerPurchaseBodySchema } from '@/lib/api/schemas/retainer.ts';
import { MANAGER_ROLES } from '@/lib/auth/roles.ts';
import { recordRetainerPurchase } from '@/lib/server/retainer/record-retainer-purchase.ts';

export const POST = apiHandler(
  { roles: MANAGER_ROLES, params: idParamsSchema, body: retainerPurchaseBodySchema },
  async ({ actor, params, body, db }) => {
    const purchase = await recordRetainerPurchase({ actor, input: { ...body, clientId: params.id } }, db);
    return { status: 201, body: { id: purchase.id, balanceUnits: purchase.balanceUnits } };
  },
);
