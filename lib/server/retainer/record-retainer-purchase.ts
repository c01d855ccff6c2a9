import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { MANAGER_ROLES } from '@/lib/auth/roles.ts';
import { AppError, notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { localInstant } from '@/lib/domain/calendar/index.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { lockBillingScope } from '@/lib/server/billing/lock-billing-scope.ts';
import { redecidePeriod } from '@/lib/server/billing/redecide-period.ts';
import { retainerBalance } from './retainer-balance.ts';
import { sqlTxOf } from '@/lib/db/sql-tx.ts';

export const MAX_PURCHASE_UNITS = 100_000;

export const recordRetainerPurchaseSchema = z.object({
  clientId: z.uuid('Choose a client.'),
  /** the client's active retainer contract is found when omitted */
  contractId: z.uuid('Choose a retainer contract.').optional(),
  units: z
    .number({ error: 'Give the units bought as a whole number (1 unit = 15 minutes).' })
    .int('Give the units bought as a whole number (1 unit = 15 minutes).')
    .positive('Units bought must be more than zero.')
    .max(MAX_PURCHASE_UNITS, `At most ${MAX_PURCHASE_UNITS} units at once.`),
  /** a date ('YYYY-MM-DD': from the start of that day in the client's timezone) or an instant */
  at: z.union([z.date(), z.iso.date(), z.iso.datetime({ offset: true })], { error: 'Give a date (YYYY-MM-DD) or a date-time with offset.' }).optional(),
  note: z.string().trim().max(500, 'Keep the note under 500 characters.').optional(),
  /** a first block is a purchase; more units on the same retainer are a top-up */
  kind: z.enum(['purchase', 'top_up']).default('purchase'),
  /** the units serve work until then; a date ('YYYY-MM-DD') means through the end of that day, client time */
  expiresAt: z.union([z.date(), z.iso.date(), z.iso.datetime({ offset: true })], { error: 'Give the expiry as a date (YYYY-MM-DD).' }).optional(),
});
export type RecordRetainerPurchaseInput = z.input<typeof recordRetainerPurchaseSchema>;

function expiryInstant(at: Date | string | undefined, timezone: string): Date | null {
  if (at === undefined) return null;
  if (at instanceof Date) return at;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(at)) return new Date(at);
  const next = new Date(Date.UTC(Number(at.slice(0, 4)), Number(at.slice(5, 7)) - 1, Number(at.slice(8, 10)) + 1)).toISOString().slice(0, 10);
  return localInstant(timezone, next, '00:00');
}

function effectiveInstant(at: Date | string | undefined, timezone: string, now: Date): Date {
  if (at === undefined) return now;
  if (at instanceof Date) return at;
  if (/^\d{4}-\d{2}-\d{2}$/.test(at)) return localInstant(timezone, at, '00:00');
  return new Date(at);
}

/**
 * Adds prepaid units to the client's retainer. Units serve work done from their effective
 * moment on, so the contract's work from then is decided again (overage can become retainer).
 */
export async function recordRetainerPurchase(
  options: { actor: Actor | null; input: RecordRetainerPurchaseInput; now?: Date },
  database: Db = db,
): Promise<{ id: string; contractId: string; effectiveAt: Date; balanceUnits: number; redecidedEntryIds: string[] }> {
  const actor = authorize(options.actor, { roles: MANAGER_ROLES });
  const input = parseOrThrow(recordRetainerPurchaseSchema, options.input);
  const now = options.now ?? new Date();

  return database.$transaction(
    async (tx) => {
      const client = await tx.client.findUnique({ where: { id: input.clientId }, select: { id: true, timezone: true } });
      if (!client) throw notFound('The client');
      const contracts = await tx.contract.findMany({
        where: { clientId: client.id, kind: 'retainer', status: 'active', ...(input.contractId ? { id: input.contractId } : {}) },
        select: { id: true, number: true },
      });
      if (contracts.length === 0) {
        const message = input.contractId ? 'That contract is not an active retainer of this client.' : 'This client has no active retainer contract.';
        throw new AppError('conflict', message, { fieldErrors: input.contractId ? { contractId: [message] } : undefined });
      }
      if (contracts.length > 1) {
        const message = 'This client has several active retainers; choose the contract.';
        throw new AppError('invalid', message, { fieldErrors: { contractId: [message] } });
      }
      const contract = contracts[0];
      const effectiveAt = effectiveInstant(input.at, client.timezone, now);
      const expiresAt = expiryInstant(input.expiresAt, client.timezone);
      if (expiresAt && expiresAt.getTime() <= effectiveAt.getTime()) {
        throw new AppError('invalid', 'The units must expire after they start to serve.', { fieldErrors: { expiresAt: ['Choose an expiry after the start date.'] } });
      }

      await lockBillingScope(tx, { clientId: client.id, contractId: contract.id });
      const purchase = await tx.retainerLedgerEntry.create({
        data: {
          contractId: contract.id,
          clientId: client.id,
          kind: input.kind,
          units: input.units,
          effectiveAt,
          expiresAt,
          note: input.note ?? null,
          createdById: actor.userId,
          createdAt: now,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor,
        action: 'retainer.purchase_recorded',
        entityType: 'RetainerLedgerEntry',
        entityId: purchase.id,
        clientId: client.id,
        after: { contract: contract.number, kind: input.kind, units: input.units, effectiveAt, expiresAt, note: input.note ?? null },
      });
      const { changedEntryIds } = await redecidePeriod(sqlTxOf(tx), {
        clientId: client.id,
        contractId: contract.id,
        from: effectiveAt,
        actor,
        cause: 'retainer_purchase',
        now,
      });
      return {
        id: purchase.id,
        contractId: contract.id,
        effectiveAt,
        balanceUnits: await retainerBalance(tx, client.id),
        redecidedEntryIds: changedEntryIds,
      };
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}
