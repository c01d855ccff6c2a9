import { z } from 'zod';
import { amendContractSchema, createContractSchema } from '@/lib/server/contracts/contract-input.ts';
import { terminateContractSchema } from '@/lib/server/contracts/terminate-contract.ts';

/**
 * Contract forms post flat strings: an empty field clears an optional value (null), a ticked box
 * is "on". Checkbox fields a form shows are listed in `shown`, so an unticked box or an empty
 * asset list means "none" there, while a smaller form (the retainer terms) leaves them alone.
 */
type Flat = Record<string, unknown>;
const NULLABLE = ['tierId', 'endsOn', 'monthlyFee', 'monthlyBudget', 'fixedFee', 'standardRate', 'afterHoursMultiplier', 'onsiteRate', 'overageRate', 'afterHoursBurnRate', 'lowBalanceUnits', 'exclusions', 'templateId'];

function normalize(flat: Flat): Flat {
  const shown = typeof flat.shown === 'string' ? flat.shown.split(',') : [];
  const out: Flat = {};
  for (const [key, value] of Object.entries(flat)) {
    if (key === 'shown') continue;
    out[key] = NULLABLE.includes(key) && value === '' ? null : value;
  }
  if (shown.includes('isAutoRenew') || 'isAutoRenew' in flat) out.isAutoRenew = flat.isAutoRenew === 'on' || flat.isAutoRenew === 'true';
  if (shown.includes('assetIds') || 'assetIds' in flat) out.assetIds = flat.assetIds === undefined ? [] : Array.isArray(flat.assetIds) ? flat.assetIds : [flat.assetIds];
  return out;
}

export const createContractFormSchema = z.preprocess((value) => normalize(value as Flat), createContractSchema);
export const amendContractFormSchema = z.preprocess((value) => normalize(value as Flat), amendContractSchema);
export const terminateContractFormSchema = z.preprocess((value) => {
  const flat = value as Flat;
  return { ...flat, overrideNotice: flat.overrideNotice === 'on', overrideReason: flat.overrideReason || undefined };
}, terminateContractSchema);
