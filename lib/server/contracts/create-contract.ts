import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { MANAGER_ROLES } from '@/lib/auth/roles.ts';
import { AppError, notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { createContractSchema, toDbDate, type CreateContractInput } from './contract-input.ts';
import { assertClientAssets, assertNoOverlap, assertUsableTier, contractRecordSelect, nextContractNumber, snapshotOf } from './contract-record.ts';

/** A client's contract, usually from a template; it is active from its start date. */
export async function createContract(
  options: { actor: Actor | null; input: CreateContractInput; now?: Date },
  database: Db = db,
): Promise<{ id: string; number: string }> {
  const actor = authorize(options.actor, { roles: MANAGER_ROLES });
  const input = parseOrThrow(createContractSchema, options.input);
  const now = options.now ?? new Date();

  return database.$transaction(async (tx) => {
    const client = await tx.client.findUnique({ where: { id: input.clientId }, select: { id: true, code: true, status: true } });
    if (!client) throw notFound('The client');
    if (client.status === 'offboarded') throw new AppError('conflict', 'This client is offboarded.', { fieldErrors: { clientId: ['This client is offboarded.'] } });
    if (input.templateId && !(await tx.contractTemplate.findUnique({ where: { id: input.templateId }, select: { id: true } }))) {
      throw new AppError('invalid', 'That template does not exist.', { fieldErrors: { templateId: ['Choose a template.'] } });
    }
    // one contract creation per client at a time, so two managers cannot both pass the overlap check
    await tx.$queryRaw`SELECT id FROM "Client" WHERE id = ${client.id}::uuid FOR UPDATE`;
    await assertUsableTier(tx, input.tierId);
    await assertClientAssets(tx, client.id, input.assetIds);
    await assertNoOverlap(tx, { clientId: client.id, kind: input.kind, startsOn: input.startsOn, endsOn: input.endsOn });

    const contract = await tx.contract.create({
      data: {
        number: await nextContractNumber(tx, client.code),
        clientId: client.id,
        templateId: input.templateId,
        kind: input.kind,
        status: 'active',
        name: input.name,
        tierId: input.tierId,
        startsOn: toDbDate(input.startsOn),
        endsOn: input.endsOn ? toDbDate(input.endsOn) : null,
        isAutoRenew: input.isAutoRenew,
        noticePeriodDays: input.noticePeriodDays,
        monthlyFee: input.monthlyFee,
        monthlyBudget: input.monthlyBudget,
        fixedFee: input.fixedFee,
        standardRate: input.standardRate,
        afterHoursMultiplier: input.afterHoursMultiplier,
        onsiteRate: input.onsiteRate,
        overageRate: input.overageRate,
        afterHoursBurnRate: input.afterHoursBurnRate,
        lowBalanceUnits: input.lowBalanceUnits,
        exclusions: input.exclusions,
        createdAt: now,
        coveredAssets: { create: [...new Set(input.assetIds)].map((assetId) => ({ assetId })) },
      },
      select: contractRecordSelect,
    });
    await recordAudit(tx, { actor, action: 'contract.created', entityType: 'Contract', entityId: contract.id, clientId: client.id, after: snapshotOf(contract) });
    return { id: contract.id, number: contract.number };
  });
}
