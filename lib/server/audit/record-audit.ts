import type { DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import type { Prisma } from '@/lib/db/generated/client.ts';

export interface AuditInput {
  actor: Pick<Actor, 'userId'> | null;
  action: string;
  entityType: string;
  entityId: string;
  clientId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** JSON-safe copy: Decimals and Dates become strings. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

/** Written inside the same transaction as the change it records. */
export async function recordAudit(tx: DbTx, input: AuditInput): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: input.actor?.userId ?? null,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      clientId: input.clientId ?? null,
      before: toJson(input.before),
      after: toJson(input.after),
    },
  });
}
