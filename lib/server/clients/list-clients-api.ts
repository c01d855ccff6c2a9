import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import type { ContractKind } from '@/lib/db/generated/enums.ts';
import { localDateKey } from '@/lib/domain/calendar/index.ts';

export interface ApiClient {
  id: string;
  name: string;
  timezone: string;
  /** the tier of the client's managed contract in force today, if any */
  tier: string | null;
  /** contracts in force today */
  contracts: { id: string; kind: ContractKind }[];
}

const isInForce = (contract: { startsOn: Date; endsOn: Date | null }, today: Date) =>
  contract.startsOn.getTime() <= today.getTime() && (!contract.endsOn || contract.endsOn.getTime() >= today.getTime());

/** Every client with its contracts in force today (by its own calendar), for integrations. */
export async function listClientsApi(options: { actor: Actor | null; now?: Date }, tx: DbTx = db): Promise<ApiClient[]> {
  authorize(options.actor, { roles: STAFF_ROLES });
  const now = options.now ?? new Date();
  const clients = await tx.client.findMany({
    orderBy: { name: 'asc' },
    select: {
      id: true,
      name: true,
      timezone: true,
      contracts: {
        where: { status: 'active' },
        orderBy: [{ startsOn: 'asc' }, { id: 'asc' }],
        select: { id: true, kind: true, startsOn: true, endsOn: true, tier: { select: { name: true } } },
      },
    },
  });
  return clients.map((client) => {
    const today = new Date(localDateKey(client.timezone, now));
    const contracts = client.contracts.filter((contract) => isInForce(contract, today));
    const managed = contracts.find((contract) => contract.kind === 'managed' && contract.tier);
    return {
      id: client.id,
      name: client.name,
      timezone: client.timezone,
      tier: managed?.tier?.name ?? null,
      contracts: contracts.map((contract) => ({ id: contract.id, kind: contract.kind })),
    };
  });
}
