/** Clients with sites, a customer admin each, one contract each, their assets and schedules. */
import { lit, type Params, type Step } from './params.ts';

const ADJECTIVES = `(ARRAY['Acme','Birch','Cobalt','Evergreen','Harbor','Summit','Pioneer','Granite','Maple','Silverline','Northwind','Bluewater','Redwood','Lakeside','Ironbridge','Sunrise','Oakridge','Crescent','Riverside','Westfield'])`;
const NOUNS = `(ARRAY['Dental','Legal','Logistics','Architects','Clinic','Accounting','Realty','Engineering','Bakery','Veterinary','Insurance','Consulting','Printing','Motors','Pharmacy','Fitness','Studios','Foods','Construction','Travel','Academy','Labs','Partners','Outfitters','Hotels'])`;
const TIMEZONES = `(ARRAY['America/New_York','America/New_York','America/New_York','America/Chicago','America/Chicago','America/Denver','America/Los_Angeles','America/Los_Angeles','Europe/London','UTC'])`;

// 100 asset slots per client: the share of each class, in slot order
const CLASS_OF_SLOT = `CASE WHEN s % 100 < 8 THEN 'server' WHEN s % 100 < 58 THEN 'workstation' WHEN s % 100 < 61 THEN 'firewall'
  WHEN s % 100 < 64 THEN 'router' WHEN s % 100 < 70 THEN 'switch' WHEN s % 100 < 76 THEN 'wireless' WHEN s % 100 < 80 THEN 'backup'
  WHEN s % 100 < 90 THEN 'software_licence' WHEN s % 100 < 96 THEN 'cloud_service' ELSE 'other' END::"AssetClass"`;

export function clientSteps(p: Params): Step[] {
  const now = `${lit(p.now)}::timestamptz`;
  return [
    {
      table: 'b_client',
      isStaging: true,
      statements: [
        // contract mix by i % 20: 12 managed (4 each Silver/Gold/Platinum), 4 retainer, 3 T&M, 1 fixed fee
        `CREATE TEMP TABLE b_client AS
         SELECT i, gen_random_uuid() AS id, gen_random_uuid() AS contract_id, gen_random_uuid() AS site1, gen_random_uuid() AS site2,
                gen_random_uuid() AS admin_id, 'C' || lpad((i + 1)::text, 4, '0') AS code,
                ${ADJECTIVES}[1 + i % 20] || ' ' || ${NOUNS}[1 + (i / 20) % 25] || CASE WHEN i >= 500 THEN ' ' || (i / 500 + 1) ELSE '' END AS name,
                ${TIMEZONES}[1 + (i * 7) % 10] AS tz,
                CASE WHEN i % 20 < 12 THEN 'managed' WHEN i % 20 < 16 THEN 'retainer' WHEN i % 20 < 19 THEN 'time_and_materials'
                     ELSE 'fixed_fee' END::"ContractKind" AS kind,
                CASE WHEN i % 20 < 12 THEN (ARRAY['Silver','Gold','Platinum'])[1 + (i % 20) % 3] END AS tier
         FROM generate_series(0, ${p.clients - 1}) i`,
        `ALTER TABLE b_client ADD PRIMARY KEY (i)`,
        `ANALYZE b_client`,
      ],
    },
    {
      table: 'Client, Site, User (customer admins), Contact',
      statements: [
        `INSERT INTO "Client"(id, name, code, status, timezone, "accountManagerId", "isMonitoringOptedOut", "hasRunBook", "isCmdbPopulated",
           "isPortalSetUp", "portalUsersTrained", "areSupportInstructionsSent", "createdAt", "updatedAt")
         SELECT b.id, b.name, b.code, 'active', b.tz, m.ids[1 + b.i % array_length(m.ids, 1)], b.i % 23 = 0, true, true, true,
                1 + b.i % 2, true, ${now} - interval '27 months' - (b.i % 330) * interval '1 day', ${now} - (b.i % 40) * interval '1 day'
         FROM b_client b, (SELECT array_agg(id ORDER BY email) AS ids FROM "User" WHERE role = 'account_manager') m`,
        `INSERT INTO "Site"(id, "clientId", name, address)
         SELECT site1, id, 'Head office', (100 + i) || ' Main Street' FROM b_client
         UNION ALL SELECT site2, id, 'Branch office', (10 + i) || ' Harbor Road' FROM b_client`,
        `INSERT INTO "User"(id, email, name, role, "passwordHash", "clientId", "createdAt")
         SELECT admin_id, 'admin@' || lower(code) || '.bench.demo', 'Admin of ' || name, 'customer_admin', ${lit(p.passwordHash)}, id,
                ${now} - interval '26 months'
         FROM b_client`,
        `INSERT INTO "Contact"("clientId", "siteId", name, email, phone, "jobTitle", "userId")
         SELECT id, site1, 'Admin of ' || name, 'admin@' || lower(code) || '.bench.demo', '+1 555 ' || lpad((1000 + i)::text, 4, '0'),
                'Office manager', admin_id
         FROM b_client`,
      ],
    },
    {
      table: 'Contract',
      statements: [
        `INSERT INTO "Contract"(id, number, "clientId", "templateId", kind, status, name, "tierId", "startsOn", "endsOn", "isAutoRenew",
           "noticePeriodDays", "monthlyFee", "fixedFee", "standardRate", "afterHoursMultiplier", "onsiteRate", "overageRate",
           "lowBalanceUnits", exclusions, "createdAt", "updatedAt")
         SELECT b.contract_id, 'BN-' || b.code, b.id, tpl.id, b.kind, 'active',
                CASE b.kind WHEN 'managed' THEN b.tier || ' managed services' WHEN 'retainer' THEN 'Prepaid support retainer'
                     WHEN 'time_and_materials' THEN 'Time and materials support' ELSE 'Network refresh project' END,
                t.id, c.starts, CASE b.kind WHEN 'managed' THEN c.starts + 3 * 365 - 1 WHEN 'fixed_fee' THEN c.starts + 30 * 31 END,
                b.kind IN ('managed', 'retainer'), CASE WHEN b.kind = 'managed' THEN 60 ELSE 30 END,
                CASE WHEN b.kind = 'managed' THEN CASE b.tier WHEN 'Silver' THEN 1200 WHEN 'Gold' THEN 2500 ELSE 4500 END + (b.i % 10) * 150 END,
                CASE WHEN b.kind = 'fixed_fee' THEN 48000.00 END,
                CASE WHEN b.kind = 'time_and_materials' THEN 145.00 END, CASE WHEN b.kind = 'time_and_materials' THEN 1.5 END,
                CASE WHEN b.kind = 'time_and_materials' THEN 170.00 END, CASE WHEN b.kind = 'retainer' THEN 175.00 END,
                CASE WHEN b.kind = 'retainer' THEN 16 END,
                CASE WHEN b.kind = 'managed' THEN 'Hardware, software licences and new projects are quoted separately.' END,
                c.starts::timestamptz, ${now} - (b.i % 60) * interval '1 day'
         FROM b_client b JOIN "ContractTemplate" tpl ON tpl.kind = b.kind LEFT JOIN "ServiceTier" t ON t.name = b.tier,
              LATERAL (SELECT (${now} - interval '25 months')::date - b.i % 330 AS starts) c`,
      ],
    },
    {
      table: 'b_asset',
      isStaging: true,
      statements: [
        `CREATE TEMP TABLE b_asset AS
         SELECT b.i AS ci, s AS slot, gen_random_uuid() AS id, ${CLASS_OF_SLOT} AS class,
                NOT (s % 100 = 7 AND b.i % 4 = 0) AS is_supported
         FROM b_client b, generate_series(0, ${p.assetsPerClient - 1}) s`,
        `ALTER TABLE b_asset ADD PRIMARY KEY (ci, slot)`,
        `ANALYZE b_asset`,
      ],
    },
    {
      table: 'Asset',
      statements: [
        `INSERT INTO "Asset"(id, "clientId", "siteId", name, class, make, model, "serialNumber", "operatingSystem", lifecycle,
           "warrantyExpiresOn", "licenceExpiresOn", "isSupported", "unsupportedReason", "createdAt", "updatedAt")
         SELECT a.id, b.id, CASE WHEN a.slot % 5 = 4 THEN b.site2 ELSE b.site1 END,
                CASE WHEN NOT a.is_supported THEN b.code || '-AS400' ELSE
                  b.code || '-' || upper(left(a.class::text, 3)) || '-' || lpad((a.slot + 1)::text, 3, '0') END,
                a.class, m.make, m.model, upper(substr(md5(a.id::text), 1, 12)),
                CASE a.class WHEN 'server' THEN (ARRAY['Windows Server 2022','Ubuntu 24.04','Windows Server 2019'])[1 + a.slot % 3]
                             WHEN 'workstation' THEN (ARRAY['Windows 11 Pro','Windows 10 Pro','macOS 15'])[1 + a.slot % 3] END,
                CASE WHEN r.l < 0.03 THEN 'planned' WHEN r.l < 0.06 THEN 'in_repair' WHEN r.l < 0.11 THEN 'retired' ELSE 'active' END::"AssetLifecycle",
                CASE WHEN a.class NOT IN ('software_licence', 'cloud_service') THEN (${now})::date + (floor(r.w * 1460) - 365)::int END,
                CASE WHEN a.class IN ('software_licence', 'cloud_service') THEN (${now})::date + (floor(r.w * 760) - 60)::int END,
                a.is_supported, CASE WHEN NOT a.is_supported THEN 'Legacy AS/400 mainframe: outside the agreement (pre-contract audit).' END,
                ${now} - interval '26 months' + (a.slot % 200) * interval '1 day', ${now} - (a.slot % 90) * interval '1 day'
         FROM b_asset a JOIN b_client b ON b.i = a.ci,
              LATERAL (SELECT random() + a.slot * 0 AS l, random() + a.slot * 0 AS w) r,
              LATERAL (SELECT CASE a.class
                WHEN 'server' THEN 'Dell' WHEN 'workstation' THEN (ARRAY['Dell','HP','Lenovo'])[1 + a.slot % 3]
                WHEN 'firewall' THEN 'Fortinet' WHEN 'router' THEN 'Cisco' WHEN 'switch' THEN 'Aruba' WHEN 'wireless' THEN 'Ubiquiti'
                WHEN 'backup' THEN 'Synology' WHEN 'software_licence' THEN 'Microsoft' WHEN 'cloud_service' THEN 'AWS' ELSE 'APC' END AS make,
                CASE a.class
                WHEN 'server' THEN 'PowerEdge R650' WHEN 'workstation' THEN (ARRAY['OptiPlex 7010','EliteBook 840','ThinkPad T14'])[1 + a.slot % 3]
                WHEN 'firewall' THEN 'FortiGate 60F' WHEN 'router' THEN 'ISR 1100' WHEN 'switch' THEN 'CX 6100' WHEN 'wireless' THEN 'U6 Pro'
                WHEN 'backup' THEN 'RS1221+' WHEN 'software_licence' THEN 'Microsoft 365 Business Premium'
                WHEN 'cloud_service' THEN 'EC2 reserved instance' ELSE 'Smart-UPS 1500' END AS model) m`,
      ],
    },
    {
      table: 'ContractAsset, MaintenanceSchedule',
      statements: [
        `INSERT INTO "ContractAsset"("contractId", "assetId")
         SELECT b.contract_id, a.id FROM b_asset a JOIN b_client b ON b.i = a.ci WHERE b.kind = 'managed' AND a.is_supported`,
        `INSERT INTO "MaintenanceSchedule"("clientId", "assetClass", frequency, "nextDueOn", "lastRunOn")
         SELECT b.id, x.class::"AssetClass", x.frequency::"MaintenanceFrequency", (${now})::date + (b.i * 7 + x.k) % 90,
                (${now})::date + (b.i * 7 + x.k) % 90 - x.days
         FROM b_client b,
              (VALUES ('server', 'quarterly', 91, 0), ('workstation', 'annual', 365, 30), ('firewall', 'monthly', 30, 11)) x(class, frequency, days, k)
         WHERE b.kind = 'managed' AND (x.class <> 'firewall' OR b.tier = 'Platinum')`,
      ],
    },
  ];
}
