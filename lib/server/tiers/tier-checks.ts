import type { DbTx } from '@/lib/db/client.ts';
import type { Prisma } from '@/lib/db/generated/client.ts';
import { AppError } from '@/lib/errors/app-error.ts';
import type { TierTerms as EngineTierTerms } from '@/lib/domain/billing/index.ts';
import { checkRules, TIER_CONTRACTS, type RuleIssue } from '@/lib/domain/billing/check-rules.ts';
import { runScenarioTests, scenarioTestListSchema, type ScenarioTest, type ScenarioTestResult } from '@/lib/domain/billing/scenario.ts';

/** No schema change: a tier's scenario tests live in AppSetting under this key. */
export const scenarioKey = (tierId: string) => `tier-scenarios:${tierId}`;

export async function loadTierScenarios(tx: DbTx, tierId: string): Promise<ScenarioTest[]> {
  const row = await tx.appSetting.findUnique({ where: { key: scenarioKey(tierId) }, select: { value: true } });
  const parsed = scenarioTestListSchema.safeParse(row?.value ?? []);
  return parsed.success ? parsed.data : [];
}

export async function saveTierScenarios(tx: DbTx, tierId: string, tests: ScenarioTest[]): Promise<void> {
  const value = tests as unknown as Prisma.InputJsonValue;
  await tx.appSetting.upsert({ where: { key: scenarioKey(tierId) }, create: { key: scenarioKey(tierId), value }, update: { value } });
}

export interface TierCheckReport {
  issues: RuleIssue[];
  scenarioResults: ScenarioTestResult[];
}

/** The contract checks: the rule list's issues and the admin's scenario tests, on these terms. */
export function checkTier(tier: EngineTierTerms, tests: ScenarioTest[], fromDate: string): TierCheckReport {
  return { issues: checkRules(tier.rules, { contracts: TIER_CONTRACTS }), scenarioResults: runScenarioTests(tier, tests, fromDate) };
}

/** A tier does not go live while its own scenario tests fail; nothing is written. */
export function assertScenariosPass(report: TierCheckReport): void {
  const failed = report.scenarioResults.filter((result) => !result.passed);
  if (failed.length === 0) return;
  const messages = failed.map((f) => `“${f.name}” expected ${f.expectOutcome.replace('_', '-')} but would be ${f.actualOutcome.replace('_', '-')}: ${f.reason}`);
  throw new AppError('refused', `${failed.length} scenario test${failed.length === 1 ? '' : 's'} fail${failed.length === 1 ? 's' : ''}; nothing was saved.`, {
    fieldErrors: { scenarios: messages },
    details: { scenarioResults: report.scenarioResults },
  });
}
