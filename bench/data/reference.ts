/** Staff, the demo admin's API token, the business calendar, tiers with versions and targets. */
import { lit, type Params, type Step } from './params.ts';

const FIRST = `(ARRAY['Alex','Blake','Casey','Devon','Emery','Finley','Harper','Jordan','Kai','Logan','Morgan','Parker','Quinn','Riley','Sawyer','Taylor'])`;
const LAST = `(ARRAY['Nguyen','Smith','Garcia','Patel','Kim','Johnson','Müller','Rossi','Cohen','Okafor','Silva','Novak','Larsen','Dubois'])`;

export function referenceSteps(p: Params): Step[] {
  const now = `${lit(p.now)}::timestamptz`;
  const hash = lit(p.passwordHash);
  return [
    {
      table: 'User (staff), Team, ApiToken',
      statements: [
        `INSERT INTO "Team"(name) VALUES ('Service desk'), ('Field services')`,
        `INSERT INTO "User"(email, name, role, "passwordHash", "teamId", "createdAt")
         SELECT 'admin@bench.demo', 'Bench Admin', 'admin'::"Role", ${hash}, NULL::uuid, ${now} - interval '3 years'
         UNION ALL
         SELECT format('manager%s@bench.demo', g), ${FIRST}[1 + g % 16] || ' ' || ${LAST}[1 + g % 14], 'account_manager'::"Role",
                ${hash}, NULL::uuid, ${now} - interval '3 years'
         FROM generate_series(1, ${p.accountManagers}) g
         UNION ALL
         SELECT format('tech%s@bench.demo', g), ${FIRST}[1 + (g * 5) % 16] || ' ' || ${LAST}[1 + (g * 3) % 14], 'technician'::"Role",
                ${hash}, (SELECT id FROM "Team" WHERE name = CASE WHEN g % 4 = 0 THEN 'Field services' ELSE 'Service desk' END),
                ${now} - interval '3 years' + g * interval '9 days'
         FROM generate_series(1, ${p.technicians}) g`,
        `INSERT INTO "ApiToken"("userId", name, "tokenHash", prefix, "createdAt")
         SELECT id, 'Bench token', ${lit(p.tokenHash)}, ${lit(p.tokenPrefix)}, ${now} FROM "User" WHERE email = 'admin@bench.demo'`,
      ],
    },
    {
      table: 'BusinessCalendar, WorkingHours, Holiday',
      statements: [
        `INSERT INTO "BusinessCalendar"(name) VALUES ('Business hours (Mon–Fri 08:00–18:00)')`,
        `INSERT INTO "WorkingHours"("calendarId", weekday, "startMinute", "endMinute")
         SELECT c.id, d, 480, 1080 FROM "BusinessCalendar" c, generate_series(1, 5) d`,
        `INSERT INTO "Holiday"("calendarId", date, name)
         SELECT c.id, make_date(y, h.m, h.d), h.name
         FROM "BusinessCalendar" c,
              generate_series(extract(year FROM ${now})::int - 3, extract(year FROM ${now})::int + 1) y,
              (VALUES (1, 1, 'New Year''s Day'), (7, 4, 'Independence Day'), (12, 25, 'Christmas Day'), (12, 26, 'Boxing Day')) h(m, d, name)`,
      ],
    },
    {
      table: 'ServiceTier, TierVersion, TierTarget',
      statements: [
        `INSERT INTO "ServiceTier"(name, description, "sortOrder", "createdAt") VALUES
         ('Silver', 'Remote monitoring; help by e-mail or web with a same-day response; two 15-minute help-desk sessions a month.', 1, ${now} - interval '3 years'),
         ('Gold', 'Unlimited help desk in business hours by portal, e-mail or phone; onsite support; scheduled maintenance.', 2, ${now} - interval '3 years'),
         ('Platinum', '24×7 hotline with a 2-hour guaranteed response; all-you-can-eat help desk; maintenance, audits and monitoring remediation included.', 3, ${now} - interval '3 years')`,
        // version 1 from three years ago, version 2 (rates +10.00) from twelve months ago
        `INSERT INTO "TierVersion"("tierId", version, "effectiveFrom", "is24x7", "calendarId", channels, "hotlinePhone",
           "helpdeskSessionsPerMonth", "helpdeskSessionMinutes", "includesMonitoring", "includesMaintenance", "includesAudits",
           "includesOnsite", "includesAlertRemediation", "coveredTicketTypes", "maintenanceAssessmentClasses",
           "minorRequestAllowanceMinutes", "standardRate", "afterHoursMultiplier", "onsiteRate", rules, "createdById", "createdAt")
         SELECT t.id, v, CASE v WHEN 1 THEN ${now} - interval '3 years' ELSE ${now} - interval '12 months' END,
                s.is24x7, CASE WHEN s.is24x7 THEN NULL ELSE (SELECT id FROM "BusinessCalendar" LIMIT 1) END,
                s.channels::"Channel"[], CASE WHEN s.is24x7 THEN '+1 555 0100 247' END,
                s.sessions, s.session_minutes, true, s.maintenance, s.audits, s.onsite, s.alerts,
                '{incident}'::"TicketType"[], s.classes::"AssetClass"[], 30,
                s.rate + (v - 1) * 10, 1.5, s.onsite_rate + (v - 1) * 10, ${lit(p.rulesJson)}::jsonb,
                (SELECT id FROM "User" WHERE email = 'admin@bench.demo'),
                CASE v WHEN 1 THEN ${now} - interval '3 years' ELSE ${now} - interval '12 months' - interval '14 days' END
         FROM (VALUES
           ('Silver', false, '{portal,email}', 2, 15, false, false, false, false, '{}', 150.00, 175.00),
           ('Gold', false, '{portal,email,phone}', NULL, NULL, true, false, true, false, '{router,switch,server}', 140.00, 160.00),
           ('Platinum', true, '{portal,email,phone,hotline}', NULL, NULL, true, true, true, true,
            '{router,switch,server,firewall,wireless,backup,workstation}', 130.00, 150.00)
         ) s(name, is24x7, channels, sessions, session_minutes, maintenance, audits, onsite, alerts, classes, rate, onsite_rate)
         JOIN "ServiceTier" t ON t.name = s.name, generate_series(1, 2) v`,
        `INSERT INTO "TierTarget"("tierVersionId", priority, "responseMinutes", "resolutionMinutes")
         SELECT tv.id, x.priority::"Priority", x.response, x.resolution
         FROM "TierVersion" tv JOIN "ServiceTier" t ON t.id = tv."tierId"
         JOIN (VALUES
           ('Silver', 'P1', 240, 960), ('Silver', 'P2', 480, 1440), ('Silver', 'P3', 600, 2400), ('Silver', 'P4', 600, 4800),
           ('Gold', 'P1', 60, 480), ('Gold', 'P2', 120, 960), ('Gold', 'P3', 240, 1440), ('Gold', 'P4', 480, 2880),
           ('Platinum', 'P1', 30, 240), ('Platinum', 'P2', 60, 480), ('Platinum', 'P3', 120, 960), ('Platinum', 'P4', 120, 1920)
         ) x(tier, priority, response, resolution) ON x.tier = t.name`,
        `INSERT INTO "ContractTemplate"(name, kind, defaults) VALUES
         ('Managed services', 'managed', '{"noticePeriodDays": 60, "isAutoRenew": true}'),
         ('Prepaid retainer', 'retainer', '{"units": 160, "overageRate": "175.00"}'),
         ('Time and materials', 'time_and_materials', '{"standardRate": "145.00", "onsiteRate": "170.00"}'),
         ('Fixed-fee project', 'fixed_fee', '{"fixedFee": "48000.00"}')`,
      ],
    },
  ];
}
