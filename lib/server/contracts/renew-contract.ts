import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { MANAGER_ROLES } from '@/lib/auth/roles.ts';
import type { Prisma } from '@/lib/db/generated/client.ts';
import { AppError, notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { addDaysToKey, addMonthsToKey, dateKey, toDbDate } from './contract-input.ts';
import { assertNoOverlap, assertUsableTier, contractRecordSelect, nextContractNumber, snapshotOf } from './contract-record.ts';

const renewSchema = z.object({
  contractId: z.uuid('Choose a contract.'),
  /** default: a term as long as the old one */
  endsOn: z.iso.date('Give the new end date (YYYY-MM-DD).').optional(),
});

/** The same length of term again: whole months when the old term was whole months, else days. */
export function nextTerm(startsOn: string, endsOn: string): { startsOn: string; endsOn: string } {
  const nextStart = addDaysToKey(endsOn, 1);
  const [sy, sm, sd] = startsOn.split('-').map(Number);
  const [ny, nm, nd] = nextStart.split('-').map(Number);
  if (sd === nd) return { startsOn: nextStart, endsOn: addDaysToKey(addMonthsToKey(nextStart, (ny - sy) * 12 + (nm - sm)), -1) };
  const days = Math.round((Date.parse(endsOn) - Date.parse(startsOn)) / 86_400_000);
  return { startsOn: nextStart, endsOn: addDaysToKey(nextStart, days) };
}

/** Renews a contract: a new contract with the same terms, starting the day after the old one ends. */
export async function renewContract(
  options: { actor: Actor | null; input: z.input<typeof renewSchema>; now?: Date },
  database: Db = db,
): Promise<{ id: string; number: string; startsOn: string; endsOn: string }> {
  const actor = authorize(options.actor, { roles: MANAGER_ROLES });
  const input = parseOrThrow(renewSchema, options.input);
  const now = options.now ?? new Date();
  return database.$transaction(async (tx) => {
    const old = await tx.contract.findUnique({ where: { id: input.contractId }, select: { ...contractRecordSelect, client: { select: { code: true } } } });
    if (!old) throw notFound('The contract');
    if (old.kind === 'fixed_fee') throw new AppError('conflict', 'A fixed-fee project ends with its scope; create a new project instead.');
    if (old.status === 'terminated' || old.terminatedOn) throw new AppError('conflict', 'A terminated contract cannot be renewed.');
    if (!old.endsOn) throw new AppError('conflict', 'This contract is open-ended; there is no term to renew.');
    const term = nextTerm(dateKey(old.startsOn), dateKey(old.endsOn));
    const endsOn = input.endsOn ?? term.endsOn;
    if (endsOn < term.startsOn) throw new AppError('invalid', 'The new term must end after it starts.', { fieldErrors: { endsOn: ['The new term must end after it starts.'] } });
    await tx.$queryRaw`SELECT id FROM "Client" WHERE id = ${old.clientId}::uuid FOR UPDATE`;
    await assertUsableTier(tx, old.tierId);
    await assertNoOverlap(tx, { clientId: old.clientId, kind: old.kind, startsOn: term.startsOn, endsOn, exceptId: old.id });

    const renewal = await tx.contract.create({
      data: {
        number: await nextContractNumber(tx, old.client.code),
        clientId: old.clientId,
        templateId: old.templateId,
        kind: old.kind,
        status: 'active',
        name: old.name,
        tierId: old.tierId,
        startsOn: toDbDate(term.startsOn),
        endsOn: toDbDate(endsOn),
        isAutoRenew: old.isAutoRenew,
        noticePeriodDays: old.noticePeriodDays,
        monthlyFee: old.monthlyFee,
        monthlyBudget: old.monthlyBudget,
        fixedFee: old.fixedFee,
        standardRate: old.standardRate,
        afterHoursMultiplier: old.afterHoursMultiplier,
        onsiteRate: old.onsiteRate,
        overageRate: old.overageRate,
        afterHoursBurnRate: old.afterHoursBurnRate,
        roundingMinutes: old.roundingMinutes,
        roundingMinimumUnits: old.roundingMinimumUnits,
        roundDownMaxMinutes: old.roundDownMaxMinutes,
        lowBalanceUnits: old.lowBalanceUnits,
        exclusions: old.exclusions,
        rules: (old.rules ?? undefined) as Prisma.InputJsonValue | undefined,
        createdAt: now,
        coveredAssets: { create: old.coveredAssets.map((a) => ({ assetId: a.assetId })) },
      },
      select: contractRecordSelect,
    });
    await recordAudit(tx, { actor, action: 'contract.renewed', entityType: 'Contract', entityId: old.id, clientId: old.clientId, after: { renewal: renewal.number, startsOn: term.startsOn, endsOn } });
    await recordAudit(tx, { actor, action: 'contract.created', entityType: 'Contract', entityId: renewal.id, clientId: old.clientId, after: { ...snapshotOf(renewal), renews: old.number } });
    return { id: renewal.id, number: renewal.number, startsOn: term.startsOn, endsOn };
  });
}
