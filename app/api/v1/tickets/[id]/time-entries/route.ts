import { apiHandler } from '@/app/_lib/api-handler.ts';
import { idParamsSchema } from '@/lib/api/schemas/common.ts';
import { createTimeEntryBodySchema } from '@/lib/api/schemas/time-entries.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { logTime } from '@/lib/server/time/log-time.ts';

export const POST = apiHandler(
  { roles: STAFF_ROLES, params: idParamsSchema, body: createTimeEntryBodySchema },
  async ({ actor, params, body, db }) => {
    const { entryId, decision } = await logTime({ actor, input: { ...body, ticketId: params.id } }, db);
    return {
      status: 201,
      body: {
        id: entryId,
        decision: {
          parts: decision.parts.map(({ outcome, minutes, units, rate, amount }) => ({ outcome, minutes, units, rate, amount })),
          rule: decision.rule,
          reason: decision.reason,
          needsApproval: decision.needsApproval,
        },
      },
    };
  },
);
