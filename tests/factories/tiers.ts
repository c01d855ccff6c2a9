import type { DbTx } from '@/lib/db/client.ts';
import type { Prisma } from '@/lib/db/generated/client.ts';
import { DEFAULT_RULES } from '@/lib/domain/billing/index.ts';
import type { AssetClass, Channel, Priority } from '@/lib/db/generated/enums.ts';
import { uniqueSuffix } from './sequence.ts';

export interface CalendarInput {
  name?: string;
  timezone?: string | null;
  /** [weekday, 'HH:MM', 'HH:MM'] */
  hours?: [number, string, string][];
  holidays?: { date: string; name: string }[];
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
export const WEEKDAYS_8_TO_18: [number, string, string][] = [1, 2, 3, 4, 5].map((d) => [d, '08:00', '18:00']);

export async function makeCalendar(db: DbTx, input: CalendarInput = {}) {
  return db.businessCalendar.create({
    data: {
      name: input.name ?? `Business hours ${uniqueSuffix()}`,
      timezone: input.timezone ?? null,
      hours: {
        create: (input.hours ?? WEEKDAYS_8_TO_18).map(([weekday, start, end]) => ({
          weekday,
          startMinute: minutesOf(start),
          endMinute: minutesOf(end),
        })),
      },
      holidays: { create: (input.holidays ?? []).map((h) => ({ date: new Date(h.date), name: h.name })) },
    },
  });
}

export interface TierInput {
  name?: string;
  sortOrder?: number;
  description?: string;
  calendarId?: string | null;
  is24x7?: boolean;
  channels?: Channel[];
  hotlinePhone?: string | null;
  helpdeskSessionsPerMonth?: number | null;
  helpdeskSessionMinutes?: number | null;
  includesMonitoring?: boolean;
  includesMaintenance?: boolean;
  includesAudits?: boolean;
  includesOnsite?: boolean;
  includesAlertRemediation?: boolean;
  maintenanceAssessmentClasses?: AssetClass[];
  minorRequestAllowanceMinutes?: number;
  standardRate?: string;
  afterHoursMultiplier?: string;
  onsiteRate?: string;
  /** minutes per priority: [response, resolution] */
  targets?: Partial<Record<Priority, [number, number]>>;
  effectiveFrom?: Date;
  rules?: unknown;
}

const DEFAULT_TARGETS: Record<Priority, [number, number]> = { P1: [60, 480], P2: [120, 960], P3: [240, 1440], P4: [480, 2880] };

export async function makeTier(db: DbTx, input: TierInput = {}) {
  return db.serviceTier.create({
    data: {
      name: input.name ?? `Tier ${uniqueSuffix()}`,
      description: input.description,
      sortOrder: input.sortOrder ?? 0,
      versions: {
        create: {
          version: 1,
          effectiveFrom: input.effectiveFrom ?? new Date('2020-01-01T00:00:00Z'),
          is24x7: input.is24x7 ?? false,
          calendarId: input.calendarId ?? null,
          channels: input.channels ?? ['portal', 'email', 'phone'],
          hotlinePhone: input.hotlinePhone ?? null,
          helpdeskSessionsPerMonth: input.helpdeskSessionsPerMonth ?? null,
          helpdeskSessionMinutes: input.helpdeskSessionMinutes ?? null,
          includesMonitoring: input.includesMonitoring ?? true,
          includesMaintenance: input.includesMaintenance ?? false,
          includesAudits: input.includesAudits ?? false,
          includesOnsite: input.includesOnsite ?? false,
          includesAlertRemediation: input.includesAlertRemediation ?? false,
          coveredTicketTypes: ['incident'],
          maintenanceAssessmentClasses: input.maintenanceAssessmentClasses ?? ['router', 'switch', 'server'],
          minorRequestAllowanceMinutes: input.minorRequestAllowanceMinutes ?? 30,
          standardRate: input.standardRate ?? '150.00',
          afterHoursMultiplier: input.afterHoursMultiplier ?? '1.5',
          onsiteRate: input.onsiteRate ?? '175.00',
          rules: (input.rules ?? DEFAULT_RULES) as Prisma.InputJsonValue,
          targets: {
            create: Object.entries({ ...DEFAULT_TARGETS, ...input.targets }).map(([priority, [response, resolution]]) => ({
              priority: priority as Priority,
              responseMinutes: response,
              resolutionMinutes: resolution,
            })),
          },
        },
      },
    },
    include: { versions: true },
  });
}
