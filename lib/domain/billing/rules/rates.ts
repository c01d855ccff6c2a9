import { money, type Money } from '../../money/decimal.ts';
import type { BillingTerms } from '../types.ts';
import type { EffectiveRates, RuleContext } from './context.ts';

/** Contract rates override the tier's; without either, the admin's default standard rate. */
export function effectiveRates(terms: BillingTerms): EffectiveRates {
  const { contract, tier } = terms;
  const standard = money(contract?.standardRate ?? tier?.standardRate ?? terms.defaultStandardRate);
  const multiplier = money(contract?.afterHoursMultiplier ?? tier?.afterHoursMultiplier ?? '1.5');
  const onsite = money(contract?.onsiteRate ?? tier?.onsiteRate ?? standard);
  return {
    standard,
    afterHours: standard.times(multiplier),
    onsite,
    onsiteAfterHours: onsite.times(multiplier),
    overage: money(contract?.overageRate ?? standard),
    afterHoursMultiplier: multiplier,
  };
}

export function rateForMode(context: RuleContext, isAfterHours: boolean): Money {
  const { rates, work } = context;
  if (work.mode === 'onsite') return isAfterHours ? rates.onsiteAfterHours : rates.onsite;
  return isAfterHours ? rates.afterHours : rates.standard;
}

export function multiplierLabel(multiplier: Money): string {
  return `${multiplier.toString()}×`;
}
