import type { DbTx } from '@/lib/db/client.ts';
import { makeCalendar, makeTier, WEEKDAYS_8_TO_18 } from '@/tests/factories/index.ts';

/** Silver, Gold and Platinum as seed 003 describes them. */
export async function seedTiers(db: DbTx) {
  const year = new Date().getUTCFullYear();
  const holidays = [year, year + 1].flatMap((y) => [
    { date: `${y}-01-01`, name: "New Year's Day" },
    { date: `${y}-07-04`, name: 'Independence Day' },
    { date: `${y}-12-25`, name: 'Christmas Day' },
  ]);
  const calendar = await makeCalendar(db, { name: 'Business hours (Mon–Fri 08:00–18:00)', hours: WEEKDAYS_8_TO_18, holidays });
  const silver = await makeTier(db, {
    name: 'Silver',
    sortOrder: 1,
    description: 'Remote monitoring; help by e-mail or web with a same-day response; two 15-minute help-desk sessions a month.',
    calendarId: calendar.id,
    channels: ['portal', 'email'],
    helpdeskSessionsPerMonth: 2,
    helpdeskSessionMinutes: 15,
    includesMonitoring: true,
    maintenanceAssessmentClasses: [],
    standardRate: '150.00',
    onsiteRate: '175.00',
    targets: { P1: [240, 960], P2: [480, 1440], P3: [600, 2400], P4: [600, 4800] },
  });
  const gold = await makeTier(db, {
    name: 'Gold',
    sortOrder: 2,
    description: 'Unlimited help desk in business hours by portal, e-mail or phone; onsite support; scheduled maintenance.',
    calendarId: calendar.id,
    channels: ['portal', 'email', 'phone'],
    includesMonitoring: true,
    includesMaintenance: true,
    includesOnsite: true,
    maintenanceAssessmentClasses: ['router', 'switch', 'server'],
    standardRate: '140.00',
    onsiteRate: '160.00',
    targets: { P1: [60, 480], P2: [120, 960], P3: [240, 1440], P4: [480, 2880] },
  });
  const platinum = await makeTier(db, {
    name: 'Platinum',
    sortOrder: 3,
    description: '24×7 hotline with a 2-hour guaranteed response; all-you-can-eat help desk; maintenance, audits and monitoring remediation included.',
    is24x7: true,
    channels: ['portal', 'email', 'phone', 'hotline'],
    hotlinePhone: '+1 555 0100 247',
    includesMonitoring: true,
    includesMaintenance: true,
    includesAudits: true,
    includesOnsite: true,
    includesAlertRemediation: true,
    maintenanceAssessmentClasses: ['router', 'switch', 'server', 'firewall', 'wireless', 'backup', 'workstation'],
    standardRate: '130.00',
    onsiteRate: '150.00',
    targets: { P1: [30, 240], P2: [60, 480], P3: [120, 960], P4: [120, 1920] },
  });
  return { calendar, silver, gold, platinum };
}
