import type { RuleHandler } from './context.ts';
import { billablePart, unpricedPart } from './parts.ts';
import { billedAgainstApproval } from './approval.ts';
import { rateForMode } from './rates.ts';

export const noActiveContract: RuleHandler = (c) =>
  c.terms.contract
    ? null
    : {
        parts: [billablePart(c.work.minutes, rateForMode(c, false))],
        reason: 'Billable at the standard rate: there is no active agreement for this work.',
      };

export const internalWork: RuleHandler = (c) =>
  c.work.isInternal
    ? { parts: [unpricedPart('non_billable', c.work.minutes)], reason: 'Not billed: internal work (administration or staff training).' }
    : null;

export const unsupportedAsset: RuleHandler = (c) => {
  const unsupported = c.work.assets.filter((asset) => !asset.isSupported);
  if (unsupported.length === 0) return null;
  const names = unsupported.map((asset) => asset.name).join(', ');
  return billedAgainstApproval(c, `work on ${names}, which the agreement does not support,`, rateForMode(c, false));
};

export const timeAndMaterials: RuleHandler = (c) => {
  if (c.terms.contract?.kind !== 'time_and_materials') return null;
  return {
    parts: [billablePart(c.work.minutes, rateForMode(c, false))],
    reason: `Billable: time and materials agreement, at the ${c.work.mode === 'onsite' ? 'onsite' : 'standard'} rate.`,
  };
};

export const fixedFeeProject: RuleHandler = (c) => {
  const contract = c.terms.contract;
  if (contract?.kind !== 'fixed_fee') return null;
  return {
    parts: [unpricedPart('covered', c.work.minutes)],
    reason: `Covered by the fixed fee of project ${contract.number}.`,
  };
};

export const fallback: RuleHandler = (c) => ({
  parts: [billablePart(c.work.minutes, rateForMode(c, false))],
  reason: 'Billable at the standard rate: no rule covers this.',
});
