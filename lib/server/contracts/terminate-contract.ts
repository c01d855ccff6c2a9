import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { MANAGER_ROLES } from '@/lib/auth/roles.ts';
import { AppError, notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { localDateKey } from '@/lib/domain/calendar/index.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { addDaysToKey, dateKey, toDbDate } from './contract-input.ts';
import { contractRecordSelect, snapshotOf } from './contract-record.ts';

export const terminateContractSchema = z
  .object({
    contractId: z.uuid('Choose a contract.'),
    terminatedOn: z.iso.date('Give the termination date (YYYY-MM-DD).'),
    reason: z.string().trim().min(3, 'Say why the contract ends.').max(1000),
    /** admins only: end sooner than the notice period allows */
    overrideNotice: z.boolean().default(false),
    overrideReason: z.string().trim().max(1000).optional(),
  })
  .refine((v) => !v.overrideNotice || (v.overrideReason?.length ?? 0) >= 3, { path: ['overrideReason'], message: 'Say why the notice period is overridden.' });

/**
 * Ends a contract on a date. The date must respect the notice period (today + notice days, in the
 * client's timezone) unless an admin overrides it with a reason. The contract keeps governing work
 * until that date; refusals change nothing.
 */
export async function terminateContract(
  options: { actor: Actor | null; input: z.input<typeof terminateContractSchema>; now?: Date },
  database: Db = db,
): Promise<{ terminatedOn: string; status: 'active' | 'terminated' }> {
  const actor = authorize(options.actor, { roles: MANAGER_ROLES });
  const input = parseOrThrow(terminateContractSchema, options.input);
  const now = options.now ?? new Date();
  if (input.overrideNotice && actor.role !== 'admin') throw new AppError('forbidden', 'Only an administrator can override the notice period.');

  return database.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Contract" WHERE id = ${input.contractId}::uuid FOR UPDATE`;
    const contract = await tx.contract.findUnique({ where: { id: input.contractId }, select: { ...contractRecordSelect, client: { select: { timezone: true } } } });
    if (!contract) throw notFound('The contract');
    if (contract.status === 'terminated' || contract.terminatedOn) throw new AppError('conflict', 'This contract is already terminated.');
    if (contract.status === 'expired') throw new AppError('conflict', 'This contract has already expired.');
    const field = (message: string) => new AppError('refused', message, { fieldErrors: { terminatedOn: [message] } });
    const today = localDateKey(contract.client.timezone, now);
    const earliest = addDaysToKey(today, contract.noticePeriodDays);
    if (input.terminatedOn < earliest && !input.overrideNotice) {
      throw field(`The notice period is ${contract.noticePeriodDays} days: the earliest termination date is ${earliest}.`);
    }
    if (input.terminatedOn < dateKey(contract.startsOn)) throw field('The termination date cannot be before the contract starts.');
    if (contract.endsOn && input.terminatedOn > dateKey(contract.endsOn)) throw field(`The contract already ends on ${dateKey(contract.endsOn)}.`);

    const status = input.terminatedOn <= today ? 'terminated' : 'active';
    const updated = await tx.contract.update({
      where: { id: contract.id },
      data: { terminatedOn: toDbDate(input.terminatedOn), endsOn: toDbDate(input.terminatedOn), isAutoRenew: false, status, version: { increment: 1 } },
      select: contractRecordSelect,
    });
    await recordAudit(tx, {
      actor,
      action: 'contract.terminated',
      entityType: 'Contract',
      entityId: contract.id,
      clientId: contract.clientId,
      before: snapshotOf(contract),
      after: { ...snapshotOf(updated), reason: input.reason, earliestByNotice: earliest, noticeOverridden: input.overrideNotice && input.terminatedOn < earliest, overrideReason: input.overrideReason ?? null },
    });
    return { terminatedOn: input.terminatedOn, status };
  });
}
