import { Prisma } from '@/lib/db/generated/client.ts';
import type { SqlTx } from '@/lib/db/sql-tx.ts';
import { PREPARED } from '@/lib/db/prepared-statements.ts';
import type { ContractKind } from '@/lib/domain/billing/index.ts';
import { billingScopeKey, type BillingScope } from '@/lib/server/billing/lock-billing-scope.ts';

export interface TicketForLogging {
  id: string;
  number: number;
  clientId: string;
  contractId: string | null;
  mergedIntoId: string | null;
  timezone: string;
  /** the client's active contracts; `startsOn`/`endsOn` as 'YYYY-MM-DD' */
  contracts: { id: string; kind: ContractKind; startsOn: string; endsOn: string | null }[];
}

/** The ticket, its client's timezone and the client's active contracts, in one round trip. */
export async function loadTicketForLogging(tx: SqlTx, ticketId: string): Promise<TicketForLogging | null> {
  const rows = await tx.query<TicketForLogging>(Prisma.sql`${PREPARED}
    SELECT t.id, t.number, t."clientId", t."contractId", t."mergedIntoId", c.timezone,
      (SELECT coalesce(json_agg(json_build_object('id', k.id, 'kind', k.kind, 'startsOn', k."startsOn", 'endsOn', k."endsOn")), '[]'::json)
       FROM "Contract" k WHERE k."clientId" = t."clientId" AND k.status = 'active') AS contracts
    FROM "Ticket" t JOIN "Client" c ON c.id = t."clientId"
    WHERE t.id = ${ticketId}::uuid`);
  return rows[0] ?? null;
}

/**
 * Takes the billing scope's lock and writes the entry in one statement: the lock comes first
 * (the insert reads from it), so everything after sees the scope's latest work.
 */
export async function insertEntryLocked(
  tx: SqlTx,
  input: {
    scope: BillingScope;
    ticketId: string;
    userId: string;
    minutes: number;
    input: { startedAt: Date; endedAt: Date; mode: string; isInternal: boolean; notes: string };
  },
): Promise<{ id: string }> {
  const { scope, input: work } = input;
  const rows = await tx.query<{ id: string }>(Prisma.sql`${PREPARED}
    WITH locked AS (SELECT pg_advisory_xact_lock(hashtextextended(${billingScopeKey(scope)}, 0)))
    INSERT INTO "TimeEntry" ("ticketId", "clientId", "contractId", "userId", "startedAt", "endedAt", "minutes", "mode", "isInternal", "notes")
    SELECT ${input.ticketId}::uuid, ${scope.clientId}::uuid, ${scope.contractId}::uuid, ${input.userId}::uuid, ${work.startedAt},
      ${work.endedAt}, ${input.minutes}, ${work.mode}::"WorkMode", ${work.isInternal}, ${work.notes}
    FROM locked
    RETURNING id`);
  return rows[0];
}
