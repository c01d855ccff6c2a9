import { z } from 'zod';
import { ruleListSchema } from '@/lib/domain/billing/index.ts';
import { scenarioTestListSchema } from '@/lib/domain/billing/scenario.ts';

export const CHANNELS = ['portal', 'email', 'phone', 'hotline'] as const;
export const TICKET_TYPES = ['incident', 'service_request', 'problem', 'change', 'maintenance', 'alert'] as const;
export const ASSET_CLASSES = ['server', 'workstation', 'firewall', 'router', 'switch', 'wireless', 'backup', 'software_licence', 'cloud_service', 'other'] as const;
export const PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const;
export const ADMIN_ONLY = { roles: ['admin'] } as const;

/** An amount of money per hour as an exact decimal string. */
export const rateSchema = z
  .union([z.string(), z.number()], { error: 'Give an amount like 140 or 140.50.' })
  .transform((value) => String(value).trim())
  .pipe(z.string().regex(/^\d{1,8}(\.\d{1,2})?$/, 'Give an amount like 140 or 140.50.'));

const minutes = (what: string) =>
  z.coerce.number({ error: `Give the ${what} in minutes.` }).int(`Give the ${what} in whole minutes.`).min(1, `The ${what} must be at least a minute.`).max(525_600, `The ${what} is too long.`);

const targetSchema = z
  .object({ responseMinutes: minutes('response target'), resolutionMinutes: minutes('resolution target') })
  .refine((t) => t.resolutionMinutes >= t.responseMinutes, { path: ['resolutionMinutes'], message: 'Resolution cannot be due before the response.' });

/** Everything a tier version says, as an admin edits it. */
export const tierTermsSchema = z
  .object({
    /** '24x7' or the id of a business calendar */
    supportHours: z.union([z.literal('24x7'), z.uuid('Choose the support hours.')], { error: 'Choose the support hours.' }),
    channels: z.array(z.enum(CHANNELS)).min(1, 'Choose at least one request channel.'),
    hotlinePhone: z.string().trim().max(40, 'Keep the number under 40 characters.').nullable().default(null),
    /** null: unlimited help desk */
    helpdeskSessionsPerMonth: z.coerce.number().int('Whole sessions.').min(0, 'Zero or more sessions.').max(1000).nullable().default(null),
    helpdeskSessionMinutes: z.coerce.number().int('Whole minutes.').min(1, 'At least one minute a session.').max(480).nullable().default(null),
    includesMonitoring: z.boolean().default(false),
    includesMaintenance: z.boolean().default(false),
    includesAudits: z.boolean().default(false),
    includesOnsite: z.boolean().default(false),
    includesAlertRemediation: z.boolean().default(false),
    coveredTicketTypes: z.array(z.enum(TICKET_TYPES)).default([]),
    maintenanceAssessmentClasses: z.array(z.enum(ASSET_CLASSES)).default([]),
    minorRequestAllowanceMinutes: z.coerce.number().int('Whole minutes.').min(0, 'Zero or more minutes.').max(1440, 'At most a day.').default(30),
    standardRate: rateSchema,
    afterHoursMultiplier: z
      .union([z.string(), z.number()])
      .transform((value) => String(value).trim())
      .pipe(z.string().regex(/^\d(\.\d{1,3})?$/, 'Give a multiplier like 1.5.'))
      .refine((value) => Number(value) >= 1, 'The after-hours multiplier is at least 1.'),
    onsiteRate: rateSchema,
    targets: z.object({ P1: targetSchema, P2: targetSchema, P3: targetSchema, P4: targetSchema }),
    rules: ruleListSchema,
  })
  .superRefine((terms, ctx) => {
    if (terms.helpdeskSessionsPerMonth !== null && terms.helpdeskSessionMinutes === null) {
      ctx.addIssue({ code: 'custom', path: ['helpdeskSessionMinutes'], message: 'Give the length of a help-desk session.' });
    }
    if (terms.channels.includes('hotline') && !terms.hotlinePhone) {
      ctx.addIssue({ code: 'custom', path: ['hotlinePhone'], message: 'Give the hotline number.' });
    }
  });
export type TierTermsInput = z.input<typeof tierTermsSchema>;
export type TierTerms = z.output<typeof tierTermsSchema>;

/** 'YYYY-MM-DD' (from 00:00 UTC; today means now), an ISO instant, or a Date. */
export const effectiveFromSchema = z
  .union([z.date(), z.iso.date(), z.iso.datetime({ offset: true })], { error: 'Give the date the terms take effect (YYYY-MM-DD).' })
  .optional();

export const tierDetailsSchema = z.object({
  name: z.string().trim().min(2, 'Give the tier a name.').max(80, 'Keep the name under 80 characters.'),
  description: z.string().trim().max(1000, 'Keep the description under 1,000 characters.').nullable().default(null),
});

export const tierSaveSchema = tierDetailsSchema.extend({
  effectiveFrom: effectiveFromSchema,
  terms: tierTermsSchema,
  scenarios: scenarioTestListSchema.default([]),
});
export type TierSaveInput = z.input<typeof tierSaveSchema>;
