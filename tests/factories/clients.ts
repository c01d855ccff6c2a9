import type { DbTx } from '@/lib/db/client.ts';
import type { AssetClass, ClientStatus, ContractKind } from '@/lib/db/generated/enums.ts';
import { uniqueSuffix } from './sequence.ts';

export async function makeClient(
  db: DbTx,
  input: { name?: string; code?: string; timezone?: string; status?: ClientStatus; accountManagerId?: string; isMonitoringOptedOut?: boolean } = {},
) {
  const suffix = uniqueSuffix();
  return db.client.create({
    data: {
      name: input.name ?? `Client ${suffix}`,
      code: input.code ?? `C${suffix}`.toUpperCase().slice(0, 12),
      timezone: input.timezone ?? 'America/New_York',
      status: input.status ?? 'active',
      accountManagerId: input.accountManagerId ?? null,
      isMonitoringOptedOut: input.isMonitoringOptedOut ?? false,
    },
  });
}

export async function makeAsset(
  db: DbTx,
  input: {
    clientId: string;
    name?: string;
    class?: AssetClass;
    isSupported?: boolean;
    unsupportedReason?: string;
    siteId?: string;
    make?: string;
    model?: string;
    serialNumber?: string;
    operatingSystem?: string;
    warrantyExpiresOn?: Date;
    licenceExpiresOn?: Date;
  },
) {
  return db.asset.create({
    data: {
      clientId: input.clientId,
      siteId: input.siteId ?? null,
      name: input.name ?? `Asset ${uniqueSuffix()}`,
      class: input.class ?? 'workstation',
      isSupported: input.isSupported ?? true,
      unsupportedReason: input.unsupportedReason ?? null,
      make: input.make,
      model: input.model,
      serialNumber: input.serialNumber,
      operatingSystem: input.operatingSystem,
      warrantyExpiresOn: input.warrantyExpiresOn,
      licenceExpiresOn: input.licenceExpiresOn,
    },
  });
}

export interface ContractInput {
  clientId: string;
  kind: ContractKind;
  tierId?: string | null;
  name?: string;
  number?: string;
  startsOn?: Date;
  endsOn?: Date | null;
  monthlyFee?: string | null;
  monthlyBudget?: string | null;
  fixedFee?: string | null;
  standardRate?: string | null;
  overageRate?: string | null;
  afterHoursBurnRate?: string | null;
  isAutoRenew?: boolean;
  lowBalanceUnits?: number | null;
}

export async function makeContract(db: DbTx, input: ContractInput) {
  return db.contract.create({
    data: {
      clientId: input.clientId,
      kind: input.kind,
      status: 'active',
      tierId: input.tierId ?? null,
      name: input.name ?? `${input.kind.replace(/_/g, ' ')} agreement`,
      number: input.number ?? `AG-${uniqueSuffix().toUpperCase()}`,
      startsOn: input.startsOn ?? new Date('2020-01-01'),
      endsOn: input.endsOn ?? null,
      isAutoRenew: input.isAutoRenew ?? true,
      monthlyFee: input.monthlyFee ?? null,
      monthlyBudget: input.monthlyBudget ?? null,
      fixedFee: input.fixedFee ?? null,
      standardRate: input.standardRate ?? null,
      overageRate: input.overageRate ?? null,
      afterHoursBurnRate: input.afterHoursBurnRate ?? null,
      lowBalanceUnits: input.lowBalanceUnits ?? null,
    },
  });
}

export async function makeRetainerPurchase(
  db: DbTx,
  input: { contractId: string; clientId: string; units: number; effectiveAt?: Date; note?: string; createdById?: string },
) {
  return db.retainerLedgerEntry.create({
    data: {
      contractId: input.contractId,
      clientId: input.clientId,
      kind: 'purchase',
      units: input.units,
      effectiveAt: input.effectiveAt ?? new Date('2020-01-01T00:00:00Z'),
      note: input.note ?? 'Retainer block',
      createdById: input.createdById ?? null,
    },
  });
}
