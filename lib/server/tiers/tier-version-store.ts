import type { DbTx } from '@/lib/db/client.ts';
import type { Prisma } from '@/lib/db/generated/client.ts';
import { AppError } from '@/lib/errors/app-error.ts';
import { DEFAULT_RULES, ruleListSchema, type TierTerms as EngineTierTerms } from '@/lib/domain/billing/index.ts';
import type { BusinessCalendar } from '@/lib/domain/calendar/index.ts';
import { PRIORITIES, type TierTerms } from './tier-terms-input.ts';

/** The support-hours calendar the terms name, as the engine reads it (24×7 when chosen). */
export async function loadSupportCalendar(tx: DbTx, supportHours: string): Promise<{ calendar: BusinessCalendar; calendarId: string | null }> {
  if (supportHours === '24x7') return { calendar: { is24x7: true, timezone: 'UTC', windows: [], holidays: [] }, calendarId: null };
  const row = await tx.businessCalendar.findUnique({
    where: { id: supportHours },
    select: {
      id: true,
      timezone: true,
      hours: { select: { weekday: true, startMinute: true, endMinute: true } },
      holidays: { select: { date: true } },
    },
  });
  if (!row) throw new AppError('invalid', 'That calendar does not exist.', { fieldErrors: { supportHours: ['Choose an existing calendar.'] } });
  return {
    calendarId: row.id,
    // a calendar without its own timezone is read in each client's; previews read it in UTC
    calendar: { is24x7: false, timezone: row.timezone ?? 'UTC', windows: row.hours, holidays: row.holidays.map((h) => h.date.toISOString().slice(0, 10)) },
  };
}

/** Terms as the billing engine sees them, for previews and scenario tests of unsaved terms. */
export function toEngineTerms(terms: TierTerms, calendar: BusinessCalendar, meta: { name: string; tierVersionId?: string; version?: number }): EngineTierTerms {
  return {
    tierVersionId: meta.tierVersionId ?? 'unsaved',
    name: meta.name,
    version: meta.version ?? 0,
    calendar,
    helpdeskSessionsPerMonth: terms.helpdeskSessionsPerMonth,
    helpdeskSessionMinutes: terms.helpdeskSessionsPerMonth === null ? null : terms.helpdeskSessionMinutes,
    includesOnsite: terms.includesOnsite,
    includesAlertRemediation: terms.includesAlertRemediation,
    maintenanceAssessmentClasses: terms.maintenanceAssessmentClasses,
    minorRequestAllowanceMinutes: terms.minorRequestAllowanceMinutes,
    standardRate: terms.standardRate,
    afterHoursMultiplier: terms.afterHoursMultiplier,
    onsiteRate: terms.onsiteRate,
    rules: terms.rules,
  };
}

export const tierVersionSelect = {
  id: true,
  version: true,
  effectiveFrom: true,
  is24x7: true,
  calendarId: true,
  channels: true,
  hotlinePhone: true,
  helpdeskSessionsPerMonth: true,
  helpdeskSessionMinutes: true,
  includesMonitoring: true,
  includesMaintenance: true,
  includesAudits: true,
  includesOnsite: true,
  includesAlertRemediation: true,
  coveredTicketTypes: true,
  maintenanceAssessmentClasses: true,
  minorRequestAllowanceMinutes: true,
  standardRate: true,
  afterHoursMultiplier: true,
  onsiteRate: true,
  rules: true,
  targets: { select: { priority: true, responseMinutes: true, resolutionMinutes: true } },
} as const satisfies Prisma.TierVersionSelect;

export type TierVersionRow = Prisma.TierVersionGetPayload<{ select: typeof tierVersionSelect }>;

/** A stored version back as editable terms (the edit form starts from the latest version). */
export function termsOfVersion(row: TierVersionRow): TierTerms {
  const target = (priority: (typeof PRIORITIES)[number]) => {
    const found = row.targets.find((t) => t.priority === priority);
    return { responseMinutes: found?.responseMinutes ?? 480, resolutionMinutes: found?.resolutionMinutes ?? 2880 };
  };
  const rules = ruleListSchema.safeParse(row.rules);
  return {
    supportHours: row.is24x7 || !row.calendarId ? '24x7' : row.calendarId,
    channels: row.channels,
    hotlinePhone: row.hotlinePhone,
    helpdeskSessionsPerMonth: row.helpdeskSessionsPerMonth,
    helpdeskSessionMinutes: row.helpdeskSessionMinutes,
    includesMonitoring: row.includesMonitoring,
    includesMaintenance: row.includesMaintenance,
    includesAudits: row.includesAudits,
    includesOnsite: row.includesOnsite,
    includesAlertRemediation: row.includesAlertRemediation,
    coveredTicketTypes: row.coveredTicketTypes,
    maintenanceAssessmentClasses: row.maintenanceAssessmentClasses,
    minorRequestAllowanceMinutes: row.minorRequestAllowanceMinutes,
    standardRate: row.standardRate.toFixed(2),
    afterHoursMultiplier: row.afterHoursMultiplier.toString(),
    onsiteRate: row.onsiteRate.toFixed(2),
    targets: { P1: target('P1'), P2: target('P2'), P3: target('P3'), P4: target('P4') },
    rules: rules.success ? rules.data : DEFAULT_RULES,
  };
}

/** Writes one version of a tier with its SLA targets. */
export async function createTierVersion(
  tx: DbTx,
  input: { tierId: string; version: number; effectiveFrom: Date; terms: TierTerms; calendarId: string | null; createdById: string; now: Date },
): Promise<{ id: string }> {
  const { terms } = input;
  return tx.tierVersion.create({
    data: {
      tierId: input.tierId,
      version: input.version,
      effectiveFrom: input.effectiveFrom,
      is24x7: input.calendarId === null,
      calendarId: input.calendarId,
      channels: terms.channels,
      hotlinePhone: terms.hotlinePhone,
      helpdeskSessionsPerMonth: terms.helpdeskSessionsPerMonth,
      helpdeskSessionMinutes: terms.helpdeskSessionsPerMonth === null ? null : terms.helpdeskSessionMinutes,
      includesMonitoring: terms.includesMonitoring,
      includesMaintenance: terms.includesMaintenance,
      includesAudits: terms.includesAudits,
      includesOnsite: terms.includesOnsite,
      includesAlertRemediation: terms.includesAlertRemediation,
      coveredTicketTypes: terms.coveredTicketTypes,
      maintenanceAssessmentClasses: terms.maintenanceAssessmentClasses,
      minorRequestAllowanceMinutes: terms.minorRequestAllowanceMinutes,
      standardRate: terms.standardRate,
      afterHoursMultiplier: terms.afterHoursMultiplier,
      onsiteRate: terms.onsiteRate,
      rules: terms.rules as Prisma.InputJsonValue,
      createdById: input.createdById,
      createdAt: input.now,
      targets: { create: PRIORITIES.map((priority) => ({ priority, ...terms.targets[priority] })) },
    },
    select: { id: true },
  });
}
