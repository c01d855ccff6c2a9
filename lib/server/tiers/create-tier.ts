import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { AppError } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { localDateKey } from '@/lib/domain/calendar/index.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { ADMIN_ONLY, tierSaveSchema, type TierSaveInput } from './tier-terms-input.ts';
import { createTierVersion, loadSupportCalendar, toEngineTerms } from './tier-version-store.ts';
import { assertScenariosPass, checkTier, saveTierScenarios, type TierCheckReport } from './tier-checks.ts';
import { assertEffectiveFrom, resolveEffectiveFrom } from './effective-from.ts';

/** A new tier with its first version; its scenario tests must pass first. */
export async function createTier(
  options: { actor: Actor | null; input: TierSaveInput; now?: Date },
  database: Db = db,
): Promise<{ id: string; versionId: string; report: TierCheckReport }> {
  const actor = authorize(options.actor, ADMIN_ONLY);
  const input = parseOrThrow(tierSaveSchema, options.input);
  const now = options.now ?? new Date();
  const effectiveFrom = resolveEffectiveFrom(input.effectiveFrom, now);
  assertEffectiveFrom(effectiveFrom, now, null);

  return database.$transaction(async (tx) => {
    if (await tx.serviceTier.findUnique({ where: { name: input.name }, select: { id: true } })) {
      throw new AppError('conflict', 'A tier with that name exists.', { fieldErrors: { name: ['A tier with that name exists; choose another name.'] } });
    }
    const { calendar, calendarId } = await loadSupportCalendar(tx, input.terms.supportHours);
    const report = checkTier(toEngineTerms(input.terms, calendar, { name: input.name }), input.scenarios, localDateKey(calendar.timezone, now));
    assertScenariosPass(report);
    const sortOrder = ((await tx.serviceTier.aggregate({ _max: { sortOrder: true } }))._max.sortOrder ?? 0) + 1;
    const tier = await tx.serviceTier.create({ data: { name: input.name, description: input.description, sortOrder, createdAt: now }, select: { id: true } });
    const version = await createTierVersion(tx, { tierId: tier.id, version: 1, effectiveFrom, terms: input.terms, calendarId, createdById: actor.userId, now });
    await saveTierScenarios(tx, tier.id, input.scenarios);
    await recordAudit(tx, {
      actor,
      action: 'tier.created',
      entityType: 'ServiceTier',
      entityId: tier.id,
      after: { name: input.name, description: input.description, version: 1, effectiveFrom, terms: input.terms, scenarios: input.scenarios.length },
    });
    return { id: tier.id, versionId: version.id, report };
  });
}
