import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { AppError, notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { localDateKey } from '@/lib/domain/calendar/index.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { ADMIN_ONLY, tierSaveSchema, type TierSaveInput, type TierTerms } from './tier-terms-input.ts';
import { createTierVersion, loadSupportCalendar, termsOfVersion, tierVersionSelect, toEngineTerms } from './tier-version-store.ts';
import { assertScenariosPass, checkTier, loadTierScenarios, saveTierScenarios, type TierCheckReport } from './tier-checks.ts';
import { assertEffectiveFrom, resolveEffectiveFrom } from './effective-from.ts';

const updateTierSchema = tierSaveSchema.extend({ tierId: z.uuid('Choose a tier.') });
export type UpdateTierInput = TierSaveInput & { tierId: string };

/** Comparable form of terms: rates as numbers, sets sorted, a session length only with sessions. */
function normalized(terms: TierTerms): string {
  const sorted = <T extends string>(values: T[]) => [...values].sort();
  return JSON.stringify({
    ...terms,
    hotlinePhone: terms.hotlinePhone || null,
    helpdeskSessionMinutes: terms.helpdeskSessionsPerMonth === null ? null : terms.helpdeskSessionMinutes,
    channels: sorted(terms.channels),
    coveredTicketTypes: sorted(terms.coveredTicketTypes),
    maintenanceAssessmentClasses: sorted(terms.maintenanceAssessmentClasses),
    standardRate: Number(terms.standardRate),
    onsiteRate: Number(terms.onsiteRate),
    afterHoursMultiplier: Number(terms.afterHoursMultiplier),
  });
}

/**
 * Edits a tier. Changed terms become a NEW version effective from the chosen date (default now,
 * never in the past nor before the latest version), so decisions already made keep the version
 * they were made with. Name, description and scenario tests change in place. One transaction.
 */
export async function updateTier(
  options: { actor: Actor | null; input: UpdateTierInput; now?: Date },
  database: Db = db,
): Promise<{ newVersion: number | null; report: TierCheckReport }> {
  const actor = authorize(options.actor, ADMIN_ONLY);
  const input = parseOrThrow(updateTierSchema, options.input);
  const now = options.now ?? new Date();

  return database.$transaction(async (tx) => {
    // one editor at a time per tier: version numbers and dates stay in order
    await tx.$queryRaw`SELECT id FROM "ServiceTier" WHERE id = ${input.tierId}::uuid FOR UPDATE`;
    const tier = await tx.serviceTier.findUnique({ where: { id: input.tierId }, select: { id: true, name: true, description: true, isRetired: true } });
    if (!tier) throw notFound('The tier');
    if (tier.isRetired) throw new AppError('conflict', 'This tier is retired; reinstate it before changing its terms.');
    if (input.name !== tier.name && (await tx.serviceTier.findUnique({ where: { name: input.name }, select: { id: true } }))) {
      throw new AppError('conflict', 'A tier with that name exists.', { fieldErrors: { name: ['A tier with that name exists; choose another name.'] } });
    }
    const latest = await tx.tierVersion.findFirst({ where: { tierId: tier.id }, orderBy: { version: 'desc' }, select: tierVersionSelect });
    const previousTerms = latest ? termsOfVersion(latest) : null;
    const termsChanged = !previousTerms || normalized(previousTerms) !== normalized(input.terms);

    const { calendar, calendarId } = await loadSupportCalendar(tx, input.terms.supportHours);
    const report = checkTier(toEngineTerms(input.terms, calendar, { name: input.name }), input.scenarios, localDateKey(calendar.timezone, now));
    assertScenariosPass(report);

    let newVersion: number | null = null;
    let effectiveFrom: Date | null = null;
    if (termsChanged) {
      effectiveFrom = resolveEffectiveFrom(input.effectiveFrom, now);
      assertEffectiveFrom(effectiveFrom, now, latest);
      newVersion = (latest?.version ?? 0) + 1;
      await createTierVersion(tx, { tierId: tier.id, version: newVersion, effectiveFrom, terms: input.terms, calendarId, createdById: actor.userId, now });
    }
    await tx.serviceTier.update({ where: { id: tier.id }, data: { name: input.name, description: input.description } });
    const previousScenarios = await loadTierScenarios(tx, tier.id);
    await saveTierScenarios(tx, tier.id, input.scenarios);
    await recordAudit(tx, {
      actor,
      action: termsChanged ? 'tier.version_published' : 'tier.updated',
      entityType: 'ServiceTier',
      entityId: tier.id,
      before: { name: tier.name, description: tier.description, version: latest?.version ?? null, terms: termsChanged ? previousTerms : undefined, scenarios: previousScenarios.length },
      after: { name: input.name, description: input.description, version: newVersion ?? latest?.version ?? null, effectiveFrom, terms: termsChanged ? input.terms : undefined, scenarios: input.scenarios.length },
    });
    return { newVersion, report };
  });
}
