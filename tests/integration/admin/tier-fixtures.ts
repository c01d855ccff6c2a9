import { db } from '@/lib/db/client.ts';
import { DEFAULT_RULES } from '@/lib/domain/billing/index.ts';
import type { TierTerms } from '@/lib/server/tiers/tier-terms-input.ts';
import { actorOf, makeCalendar, makeClient, makeUser } from '@/tests/factories/index.ts';

/** Gold as seed 003 describes it: business hours Mon–Fri 08:00–18:00, unlimited help desk, onsite. */
export function goldTerms(calendarId: string, overrides: Partial<TierTerms> = {}): TierTerms {
  return {
    supportHours: calendarId,
    channels: ['portal', 'email', 'phone'],
    hotlinePhone: null,
    helpdeskSessionsPerMonth: null,
    helpdeskSessionMinutes: null,
    includesMonitoring: true,
    includesMaintenance: true,
    includesAudits: false,
    includesOnsite: true,
    includesAlertRemediation: false,
    coveredTicketTypes: ['incident'],
    maintenanceAssessmentClasses: ['router', 'switch', 'server'],
    minorRequestAllowanceMinutes: 30,
    standardRate: '140.00',
    afterHoursMultiplier: '1.5',
    onsiteRate: '160.00',
    targets: {
      P1: { responseMinutes: 60, resolutionMinutes: 480 },
      P2: { responseMinutes: 120, resolutionMinutes: 960 },
      P3: { responseMinutes: 240, resolutionMinutes: 1440 },
      P4: { responseMinutes: 480, resolutionMinutes: 2880 },
    },
    rules: DEFAULT_RULES,
    ...overrides,
  };
}

export async function people() {
  const client = await makeClient(db);
  const [admin, manager, tech, customer] = await Promise.all([
    makeUser(db, { role: 'admin' }),
    makeUser(db, { role: 'account_manager' }),
    makeUser(db, { role: 'technician' }),
    makeUser(db, { role: 'customer_admin', clientId: client.id }),
  ]);
  return { admin: actorOf(admin), manager: actorOf(manager), tech: actorOf(tech), customer: actorOf(customer) };
}

/** A business-hours calendar read in UTC, so instants in tests are easy to read. */
export const utcCalendar = () => makeCalendar(db, { timezone: 'UTC' });
