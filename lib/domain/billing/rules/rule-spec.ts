import { z } from 'zod';

export const RULE_KINDS = [
  'no_active_contract',
  'internal_work',
  'unsupported_asset',
  'retainer',
  'time_and_materials',
  'fixed_fee_project',
  'project_work',
  'service_request',
  'problem',
  'maintenance_remediation',
  'onsite',
  'incident',
  'maintenance_assessment',
  'alert_remediation',
  'match',
  'fallback',
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

const ticketTypes = z.enum(['incident', 'service_request', 'problem', 'change', 'maintenance', 'alert']);

/** A rule an admin writes without code: when these facts match, decide this. */
export const matchRuleSchema = z.object({
  when: z.object({
    ticketTypes: z.array(ticketTypes).optional(),
    phases: z.array(z.enum(['assessment', 'remediation'])).optional(),
    modes: z.array(z.enum(['remote', 'onsite', 'phone'])).optional(),
    isAfterHours: z.boolean().optional(),
  }),
  then: z.object({
    outcome: z.enum(['covered', 'billable', 'non_billable']),
    rate: z.enum(['standard', 'after_hours', 'onsite']).default('standard'),
    needsApproval: z.boolean().default(false),
  }),
  reason: z.string().min(3).max(300),
});

export const ruleSpecSchema = z.object({
  id: z.string().min(1).max(60),
  kind: z.enum(RULE_KINDS),
  isEnabled: z.boolean().default(true),
  label: z.string().max(120).optional(),
  match: matchRuleSchema.optional(),
});
export type RuleSpec = z.infer<typeof ruleSpecSchema>;

export const ruleListSchema = z
  .array(ruleSpecSchema)
  .min(1, 'A rule list needs at least one rule.')
  .refine((rules) => new Set(rules.map((r) => r.id)).size === rules.length, 'Rule ids must be unique.')
  .refine((rules) => rules.every((r) => r.kind !== 'match' || r.match), 'A "match" rule needs its conditions.');

const rule = (kind: RuleKind, label: string): RuleSpec => ({ id: kind, kind, isEnabled: true, label });

/** PRODUCT.md's default policy, in order; the first rule that matches decides. */
export const DEFAULT_RULES: RuleSpec[] = [
  rule('no_active_contract', 'No active contract → billable at the standard rate'),
  rule('internal_work', 'Internal work → non-billable'),
  rule('unsupported_asset', 'Unsupported asset → billable with approval, else refused'),
  rule('retainer', 'Retainer → drawn from prepaid units, overage billable'),
  rule('time_and_materials', 'Time & materials → billable at the contract rate'),
  rule('fixed_fee_project', 'Fixed-fee project → covered by the fee'),
  rule('project_work', 'Hardware, software and projects (changes) → billable with approval'),
  rule('service_request', 'Service request → billable with approval; minor ones covered'),
  rule('problem', 'Problem / solution design → billable with approval'),
  rule('maintenance_remediation', 'Maintenance remediation → billable with approval'),
  rule('onsite', 'Onsite visit → covered if the tier includes onsite, else onsite rate'),
  rule('incident', 'Incident → covered in support hours (quota on help-desk tiers), after-hours billable'),
  rule('maintenance_assessment', 'Maintenance assessment → covered for the tier’s asset classes'),
  rule('alert_remediation', 'Alert remediation → billable unless the tier includes it'),
  rule('fallback', 'Anything else → billable at the standard rate'),
];
