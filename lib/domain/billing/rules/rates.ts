import { money, type Money } from '../../money/decimal.ts';
import type { BillingTerms } from '../types.ts';
import type { EffectiveRates, RuleContext } from './context.ts';

const ratesByTerms = new WeakMap<BillingTerms, EffectiveRates>();

/**
 * Contract rates override the tier's; without either, the admin's default standard rate.
 * Terms objects are immutable values, so each one's rates are worked out once.
 */
export function effectiveRates(terms: BillingTerms): EffectiveRates {
  const known = ratesByTerms.get(terms);
  if (known) return known;
  const rates = computeRates(terms);
  ratesByTerms.set(terms, rates);
  return rates;
}

function computeRates(terms: BillingTerms): EffectiveRates {
  const { contract, tier } = terms;
  const standard = money(contract?.standardRate ?? tier?.standardRate ?? terms.defaultStandardRate);
  const multiplier = money(contract?.afterHoursMultiplier ?? tier?.afterHoursMultiplier ?? '1.5');
  const onsite = money(contract?.onsiteRate ?? tier?.onsiteRate ?? standard);
  // rates are kept to the cent, so rate × time always explains an amount
  const cents = (value: Money) => value.toDecimalPlaces(2);
  return {
    standard: cents(standard),
    afterHours: cents(standard.times(multiplier)),
    onsite: cents(onsite),
    onsiteAfterHours: cents(onsite.times(multiplier)),
    overage: cents(money(contract?.overageRate ?? standard)),
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
