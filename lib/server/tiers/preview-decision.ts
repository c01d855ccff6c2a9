import { z } from 'zod';
import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { localDateKey } from '@/lib/domain/calendar/index.ts';
import { previewScenario, scenarioTestListSchema, tierScenarioSchema, type ScenarioPreview } from '@/lib/domain/billing/scenario.ts';
import { ADMIN_ONLY, tierTermsSchema } from './tier-terms-input.ts';
import { loadSupportCalendar, toEngineTerms } from './tier-version-store.ts';
import { checkTier, type TierCheckReport } from './tier-checks.ts';

export const previewDecisionSchema = z.object({
  tierName: z.string().trim().max(80).transform((name) => name || 'this tier').default('this tier'),
  terms: tierTermsSchema,
  scenario: tierScenarioSchema,
  scenarios: scenarioTestListSchema.default([]),
});
export type PreviewDecisionInput = z.input<typeof previewDecisionSchema>;
export type TierPreview = ScenarioPreview & TierCheckReport;

/**
 * How unsaved tier terms would decide a scenario, with the engine's own reason, plus the
 * contract checks (rule issues, scenario tests). Pure engine; reads only the chosen calendar.
 */
export async function previewDecision(options: { actor: Actor | null; input: PreviewDecisionInput; now?: Date }, tx: DbTx = db): Promise<TierPreview> {
  authorize(options.actor, ADMIN_ONLY);
  const input = parseOrThrow(previewDecisionSchema, options.input);
  const now = options.now ?? new Date();
  const { calendar } = await loadSupportCalendar(tx, input.terms.supportHours);
  const tier = toEngineTerms(input.terms, calendar, { name: input.tierName });
  const fromDate = localDateKey(calendar.timezone, now);
  return { ...previewScenario(tier, input.scenario, fromDate), ...checkTier(tier, input.scenarios, fromDate) };
}
