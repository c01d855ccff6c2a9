import type { DbTx } from '@/lib/db/client.ts';
import { DEFAULT_RULES, ruleListSchema, type RuleSpec } from '@/lib/domain/billing/index.ts';

export interface BillingSettings {
  defaultStandardRate: string;
  defaultRules: RuleSpec[];
}

export const DEFAULT_STANDARD_RATE = '150.00';

/** Admin-tunable fallbacks for work with no contract; code defaults when unset. */
export async function loadBillingSettings(tx: DbTx): Promise<BillingSettings> {
  const rows = await tx.appSetting.findMany({
    where: { key: { in: ['billing.defaultStandardRate', 'billing.defaultRules'] } },
  });
  return billingSettingsFrom(rows);
}

export function billingSettingsFrom(rows: { key: string; value: unknown }[]): BillingSettings {
  const byKey = new Map(rows.map((row) => [row.key, row.value]));
  const rate = byKey.get('billing.defaultStandardRate');
  const rules = ruleListSchema.safeParse(byKey.get('billing.defaultRules'));
  return {
    defaultStandardRate: typeof rate === 'string' ? rate : DEFAULT_STANDARD_RATE,
    defaultRules: rules.success ? rules.data : DEFAULT_RULES,
  };
}
