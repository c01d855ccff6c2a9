import type { DbTx } from '@/lib/db/client.ts';
import type { AssetClass, ClientStatus } from '@/lib/db/generated/enums.ts';
import { makeAsset, makeClient, makeContract, makeRetainerPurchase } from '@/tests/factories/index.ts';
import { daysFromNow } from './local-time.ts';
import type { seedTiers } from './tiers.ts';

type Tiers = Awaited<ReturnType<typeof seedTiers>>;

interface ClientPlan {
  key: string;
  name: string;
  code: string;
  timezone: string;
  status?: ClientStatus;
  isMonitoringOptedOut?: boolean;
  contract: 'silver' | 'gold' | 'platinum' | 'retainer' | 'time_and_materials' | 'gold_budget';
  monthlyFee?: string;
}

export const CLIENT_PLANS: ClientPlan[] = [
  { key: 'acme', name: 'Acme Dental', code: 'ACME', timezone: 'America/New_York', contract: 'gold', monthlyFee: '2500.00' },
  { key: 'birch', name: 'Birch & Co Accountants', code: 'BIRCH', timezone: 'America/Chicago', contract: 'silver', monthlyFee: '900.00' },
  { key: 'cobalt', name: 'Cobalt Logistics', code: 'COBALT', timezone: 'America/Los_Angeles', contract: 'platinum', monthlyFee: '6000.00' },
  { key: 'driftwood', name: 'Driftwood Community Trust', code: 'DRIFT', timezone: 'Europe/London', contract: 'silver', monthlyFee: '650.00', isMonitoringOptedOut: true },
  { key: 'evergreen', name: 'Evergreen Legal', code: 'EVERGREEN', timezone: 'Europe/London', contract: 'retainer' },
  { key: 'fjord', name: 'Fjord Architects', code: 'FJORD', timezone: 'America/Denver', contract: 'time_and_materials' },
  { key: 'granite', name: 'Granite Manufacturing', code: 'GRANITE', timezone: 'America/New_York', contract: 'gold_budget' },
  { key: 'harbor', name: 'Harbor Clinic', code: 'HARBOR', timezone: 'Australia/Sydney', contract: 'platinum', monthlyFee: '5200.00', status: 'onboarding' },
];

const ASSET_SETS: [string, AssetClass, string, string, string?][] = [
  ['DC01', 'server', 'Dell', 'PowerEdge R650', 'Windows Server 2022'],
  ['FW01', 'firewall', 'Fortinet', 'FortiGate 60F'],
  ['RTR01', 'router', 'Cisco', 'ISR 1100'],
  ['SW-CORE', 'switch', 'Aruba', '2930F'],
  ['WAP-LOBBY', 'wireless', 'Ubiquiti', 'U6 Pro'],
  ['NAS-BACKUP', 'backup', 'Synology', 'RS1221+'],
  ['RECEPTION-PC', 'workstation', 'Lenovo', 'ThinkCentre M70q', 'Windows 11 Pro'],
  ['M365', 'cloud_service', 'Microsoft', '365 Business Premium'],
  ['ACCOUNTS-LIC', 'software_licence', 'Intuit', 'QuickBooks Enterprise'],
  ['UPS01', 'other', 'APC', 'Smart-UPS 1500'],
];

export async function seedClients(db: DbTx, tiers: Tiers, accountManagerId: string, now: Date) {
  const result: Record<string, { id: string; timezone: string; contractId: string; assets: Record<string, string> }> = {};
  for (const [index, plan] of CLIENT_PLANS.entries()) {
    const client = await makeClient(db, {
      name: plan.name,
      code: plan.code,
      timezone: plan.timezone,
      status: plan.status ?? 'active',
      accountManagerId,
      isMonitoringOptedOut: plan.isMonitoringOptedOut,
    });
    await db.client.update({
      where: { id: client.id },
      data: {
        hasRunBook: plan.status !== 'onboarding',
        isCmdbPopulated: true,
        isPortalSetUp: true,
        portalUsersTrained: plan.status === 'onboarding' ? 1 : 2,
        areSupportInstructionsSent: plan.status !== 'onboarding',
      },
    });
    await db.site.create({ data: { clientId: client.id, name: 'Head office', address: `${100 + index} Main Street` } });
    await db.runBookPage.create({
      data: {
        clientId: client.id,
        title: 'Support instructions',
        body: `How ${plan.name} staff reach the help desk, including after-hours contacts.`,
        isSharedWithCustomer: true,
      },
    });

    const assets: Record<string, string> = {};
    for (const [assetIndex, [name, assetClass, make, model, os]] of ASSET_SETS.entries()) {
      const asset = await makeAsset(db, {
        clientId: client.id,
        name: `${plan.code}-${name}`,
        class: assetClass,
        make,
        model,
        operatingSystem: os,
        serialNumber: `SN${index}${assetIndex}${plan.code.length}7731`,
        // some warranties and licences run out within 90 days, to raise renewal notices
        warrantyExpiresOn: assetClass === 'software_licence' ? undefined : daysFromNow(now, 20 + ((index * 37 + assetIndex * 53) % 700)),
        licenceExpiresOn: assetClass === 'software_licence' || assetClass === 'cloud_service' ? daysFromNow(now, 15 + index * 9) : undefined,
      });
      assets[name] = asset.id;
    }
    const contract = await seedContract(db, plan, tiers, client.id, now);
    result[plan.key] = { id: client.id, timezone: plan.timezone, contractId: contract.id, assets };
  }
  // seed 004: an audit found technology the MSP does not support
  const mainframe = await makeAsset(db, {
    clientId: result.evergreen.id,
    name: 'EVERGREEN-ZMAINFRAME',
    class: 'server',
    make: 'IBM',
    model: 'z15',
    isSupported: false,
    unsupportedReason: 'Pre-contract audit: IBM mainframes are outside our expertise.',
  });
  result.evergreen.assets.MAINFRAME = mainframe.id;
  return result;
}

async function seedContract(db: DbTx, plan: ClientPlan, tiers: Tiers, clientId: string, now: Date) {
  const startsOn = daysFromNow(now, -400);
  const tierFor = { silver: tiers.silver, gold: tiers.gold, platinum: tiers.platinum, gold_budget: tiers.gold } as const;
  if (plan.contract === 'retainer') {
    const contract = await makeContract(db, {
      clientId,
      kind: 'retainer',
      name: 'Retained support (1 day block)',
      number: `AG-${plan.code}-R1`,
      startsOn,
      overageRate: '135.00',
      standardRate: '120.00',
      lowBalanceUnits: 8,
    });
    await makeRetainerPurchase(db, { contractId: contract.id, clientId, units: 28, effectiveAt: daysFromNow(now, -60), note: 'One-day block (7 h = 28 units)' });
    return contract;
  }
  if (plan.contract === 'time_and_materials') {
    return makeContract(db, { clientId, kind: 'time_and_materials', name: 'Time and materials', number: `AG-${plan.code}-TM`, startsOn, standardRate: '155.00' });
  }
  const tier = tierFor[plan.contract];
  return makeContract(db, {
    clientId,
    kind: 'managed',
    tierId: tier.id,
    name: `${tier.name} managed support`,
    number: `AG-${plan.code}-M1`,
    startsOn,
    // one contract renews soon, to raise a renewal notice
    endsOn: plan.key === 'birch' ? daysFromNow(now, 55) : daysFromNow(now, 330),
    monthlyFee: plan.contract === 'gold_budget' ? null : (plan.monthlyFee ?? null),
    monthlyBudget: plan.contract === 'gold_budget' ? '3200.00' : null,
  });
}
