import { humanize } from '@/lib/utils/format.ts';

export const KIND_OPTIONS = ['managed', 'retainer', 'time_and_materials', 'fixed_fee'].map((value) => ({ value, label: humanize(value) }));
export const STATUS_OPTIONS = ['active', 'terminated', 'expired', 'draft'].map((value) => ({ value, label: humanize(value) }));

/** What the contract form shows; plain strings so a server page can hand them to the client form. */
export interface ContractFormValues {
  name: string;
  kind: string;
  tierId: string;
  startsOn: string;
  endsOn: string;
  isAutoRenew: boolean;
  noticePeriodDays: string;
  monthlyFee: string;
  monthlyBudget: string;
  fixedFee: string;
  standardRate: string;
  afterHoursMultiplier: string;
  onsiteRate: string;
  overageRate: string;
  afterHoursBurnRate: string;
  lowBalanceUnits: string;
  exclusions: string;
  assetIds: string[];
}

export const text = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));
