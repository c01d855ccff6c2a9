import { z } from 'zod';
import { tierSaveSchema } from '@/lib/server/tiers/tier-terms-input.ts';
import { previewDecisionSchema } from '@/lib/server/tiers/preview-decision.ts';

/**
 * The tier form posts flat fields (checkbox groups as lists, the rule list and scenario tests as
 * JSON); these map them onto the use cases' nested input, so field errors come back under the
 * use cases' own paths (e.g. "terms.standardRate"), which the form shows next to each field.
 */
type Flat = Record<string, unknown>;

const list = (value: unknown) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const optionalNumber = (value: unknown) => (value === undefined || value === '' ? null : value);
const blankToUndefined = (value: unknown) => (value === '' ? undefined : value);
function json(value: unknown, fallback: unknown) {
  if (typeof value !== 'string' || value === '') return fallback;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
const target = (flat: Flat, priority: string) => ({
  responseMinutes: blankToUndefined(flat[`${priority}Response`]),
  resolutionMinutes: blankToUndefined(flat[`${priority}Resolution`]),
});

export function termsFromForm(flat: Flat) {
  const includes = list(flat.includes);
  const isUnlimited = flat.helpdesk !== 'quota';
  return {
    supportHours: flat.supportHours,
    channels: list(flat.channels),
    hotlinePhone: flat.hotlinePhone || null,
    helpdeskSessionsPerMonth: isUnlimited ? null : optionalNumber(flat.helpdeskSessionsPerMonth),
    helpdeskSessionMinutes: isUnlimited ? null : optionalNumber(flat.helpdeskSessionMinutes),
    includesMonitoring: includes.includes('monitoring'),
    includesMaintenance: includes.includes('maintenance'),
    includesAudits: includes.includes('audits'),
    includesOnsite: includes.includes('onsite'),
    includesAlertRemediation: includes.includes('alert_remediation'),
    coveredTicketTypes: list(flat.coveredTicketTypes),
    maintenanceAssessmentClasses: list(flat.maintenanceAssessmentClasses),
    minorRequestAllowanceMinutes: blankToUndefined(flat.minorRequestAllowanceMinutes),
    standardRate: flat.standardRate,
    afterHoursMultiplier: flat.afterHoursMultiplier,
    onsiteRate: flat.onsiteRate,
    targets: { P1: target(flat, 'P1'), P2: target(flat, 'P2'), P3: target(flat, 'P3'), P4: target(flat, 'P4') },
    rules: json(flat.rules, undefined),
  };
}

const saveFromForm = (flat: Flat) => ({
  name: flat.name,
  description: flat.description || null,
  effectiveFrom: blankToUndefined(flat.effectiveFrom),
  terms: termsFromForm(flat),
  scenarios: json(flat.scenarios, []),
});

export const tierFormSchema = z.preprocess((value) => saveFromForm(value as Flat), tierSaveSchema);
export const tierEditFormSchema = z.preprocess(
  (value) => ({ ...saveFromForm(value as Flat), tierId: (value as Flat).tierId }),
  tierSaveSchema.extend({ tierId: z.uuid() }),
);

export const tierPreviewFormSchema = z.preprocess((value) => {
  const flat = value as Flat;
  return {
    tierName: flat.name ?? '',
    terms: termsFromForm(flat),
    scenarios: json(flat.scenarios, []),
    scenario: {
      ticketType: flat.scenarioType,
      phase: flat.scenarioType === 'maintenance' ? (flat.scenarioPhase ?? 'assessment') : null,
      mode: flat.scenarioMode,
      weekday: flat.scenarioWeekday,
      time: flat.scenarioTime,
      durationMinutes: blankToUndefined(flat.scenarioDuration),
      quotaSessionsUsed: blankToUndefined(flat.scenarioQuotaUsed) ?? 0,
      ticketMinutesBefore: blankToUndefined(flat.scenarioTicketMinutes) ?? 0,
      assetClass: flat.scenarioAssetClass || null,
      hasApprovedEstimate: flat.scenarioApproved === 'on',
    },
  };
}, previewDecisionSchema);
