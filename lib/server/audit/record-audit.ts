import type { DbTx } from '@/lib/db/client.ts';
import { Prisma } from '@/lib/db/generated/client.ts';
import { PREPARED } from '@/lib/db/prepared-statements.ts';
import type { Actor } from '@/lib/auth/actor.ts';

export interface AuditInput {
  actor: Pick<Actor, 'userId'> | null;
  action: string;
  entityType: string;
  entityId: string;
  clientId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** JSON text of a value (Decimals and Dates become strings), or null. */
function toJsonText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return JSON.stringify(value);
}

/** Written inside the same transaction as the change it records. */
export async function recordAudit(tx: DbTx, input: AuditInput): Promise<void> {
  await tx.$executeRaw(Prisma.sql`${PREPARED}${auditInsert(input)}`);
}

/** The record's INSERT alone, to write it as part of another statement (a CTE). */
export function auditInsert(input: AuditInput): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "AuditLog" ("actorId", "action", "entityType", "entityId", "clientId", "before", "after", "createdAt")
    VALUES (${input.actor?.userId ?? null}::uuid, ${input.action}, ${input.entityType}, ${input.entityId}, ${input.clientId ?? null}::uuid,
      ${toJsonText(input.before)}::jsonb, ${toJsonText(input.after)}::jsonb, clock_timestamp())`;
}
