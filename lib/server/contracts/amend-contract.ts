import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { MANAGER_ROLES } from '@/lib/auth/roles.ts';
import { AppError, notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { redecidePeriod } from '@/lib/server/billing/redecide-period.ts';
import { amendContractSchema, contractProblems, toDbDate, type AmendContractInput } from './contract-input.ts';
import { assertClientAssets, assertNoOverlap, assertUsableTier, contractRecordSelect, snapshotOf } from './contract-record.ts';
import { sqlTxOf } from '@/lib/db/sql-tx.ts';

/** Changes that alter how work is billed: the contract's un-invoiced work this month is decided again. */
const BILLING_FIELDS = ['tierId', 'standardRate', 'afterHoursMultiplier', 'onsiteRate', 'overageRate', 'afterHoursBurnRate'] as const;
const DECIMAL_FIELDS = new Set(['monthlyFee', 'monthlyBudget', 'fixedFee', 'standardRate', 'afterHoursMultiplier', 'onsiteRate', 'overageRate', 'afterHoursBurnRate']);

/** "900" and "900.00" are the same fee. */
function isSame(key: string, a: unknown, b: unknown): boolean {
  if (DECIMAL_FIELDS.has(key) && typeof a === 'string' && typeof b === 'string') return Number(a) === Number(b);
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Amends a contract: only the fields given change, the version goes up by one and the audit log
 * keeps before and after. Refused when someone else amended it since the editor loaded it.
 */
export async function amendContract(
  options: { actor: Actor | null; input: AmendContractInput; now?: Date },
  database: Db = db,
): Promise<{ version: number; changed: string[]; redecidedEntries: number }> {
  const actor = authorize(options.actor, { roles: MANAGER_ROLES });
  const { contractId, version, ...changes } = parseOrThrow(amendContractSchema, options.input);
  const now = options.now ?? new Date();

  return database.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Contract" WHERE id = ${contractId}::uuid FOR UPDATE`;
      const current = await tx.contract.findUnique({ where: { id: contractId }, select: contractRecordSelect });
      if (!current) throw notFound('The contract');
      if (current.status === 'terminated' || current.status === 'expired') throw new AppError('conflict', `This contract is ${current.status}; it can no longer be amended.`);
      if (current.version !== version) {
        throw new AppError('conflict', `Someone amended this contract since you opened it (now version ${current.version}); reload and try again.`);
      }
      const before = snapshotOf(current);
      const after = { ...before, ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) };
      after.assetIds = [...new Set(after.assetIds)].sort();
      const changed = (Object.keys(changes) as (keyof typeof before)[]).filter((key) => changes[key as keyof typeof changes] !== undefined && !isSame(key, before[key], after[key]));
      if (changed.length === 0) return { version: current.version, changed, redecidedEntries: 0 };

      const problems = contractProblems({ ...after, kind: current.kind });
      if (problems.length) throw new AppError('invalid', problems[0].message, { fieldErrors: Object.fromEntries(problems.map((p) => [p.path, [p.message]])) });
      if (changed.includes('tierId')) await assertUsableTier(tx, after.tierId);
      if (changed.includes('assetIds')) await assertClientAssets(tx, current.clientId, after.assetIds);
      if (changed.includes('endsOn')) await assertNoOverlap(tx, { clientId: current.clientId, kind: current.kind, startsOn: before.startsOn, endsOn: after.endsOn, exceptId: current.id });

      const updated = await tx.contract.update({
        where: { id: current.id },
        data: {
          name: after.name,
          tierId: after.tierId,
          endsOn: after.endsOn ? toDbDate(after.endsOn) : null,
          isAutoRenew: after.isAutoRenew,
          noticePeriodDays: after.noticePeriodDays,
          monthlyFee: after.monthlyFee,
          monthlyBudget: after.monthlyBudget,
          fixedFee: after.fixedFee,
          standardRate: after.standardRate,
          afterHoursMultiplier: after.afterHoursMultiplier,
          onsiteRate: after.onsiteRate,
          overageRate: after.overageRate,
          afterHoursBurnRate: after.afterHoursBurnRate,
          lowBalanceUnits: after.lowBalanceUnits,
          exclusions: after.exclusions,
          version: { increment: 1 },
          ...(changed.includes('assetIds') ? { coveredAssets: { deleteMany: {}, create: after.assetIds.map((assetId) => ({ assetId })) } } : {}),
        },
        select: contractRecordSelect,
      });
      await recordAudit(tx, { actor, action: 'contract.amended', entityType: 'Contract', entityId: current.id, clientId: current.clientId, before, after: { ...snapshotOf(updated), changed } });

      let redecidedEntries = 0;
      if (changed.some((key) => (BILLING_FIELDS as readonly string[]).includes(key))) {
        const result = await redecidePeriod(sqlTxOf(tx), { clientId: current.clientId, contractId: current.id, from: now, actor, cause: 'contract_amended', now });
        redecidedEntries = result.changedEntryIds.length;
      }
      return { version: updated.version, changed, redecidedEntries };
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}
