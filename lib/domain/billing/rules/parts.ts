import { amountForMinutes, money, toCents, type Money } from '../../money/decimal.ts';
import type { DecisionPart, Outcome } from '../types.ts';

export function unpricedPart(outcome: Outcome, minutes: number, isAfterHours = false, units = 0): DecisionPart {
  return { outcome, minutes, units, rate: null, amount: '0.00', isAfterHours };
}

/** The rate is rounded to the cent first, so rate × time always explains the amount. */
export function billablePart(minutes: number, rate: Money, isAfterHours = false): DecisionPart {
  const shownRate = rate.decimalPlaces() > 2 ? rate.toDecimalPlaces(2) : rate;
  return {
    outcome: 'billable',
    minutes,
    units: 0,
    rate: shownRate.toFixed(2),
    amount: toCents(amountForMinutes(shownRate, minutes)),
    isAfterHours,
  };
}

/** Drops empty parts but always keeps one, so a zero-minute entry still has a decision. */
export function nonEmpty(parts: DecisionPart[]): DecisionPart[] {
  const kept = parts.filter((part) => part.minutes > 0 || part.units > 0);
  return kept.length ? kept : parts.slice(0, 1);
}

export function sumAmounts(parts: DecisionPart[]): string {
  const priced = parts.filter((part) => part.amount !== '0.00');
  if (priced.length === 0) return '0.00';
  if (priced.length === 1) return priced[0].amount;
  return toCents(priced.reduce((total, part) => total.plus(part.amount), money(0)));
}
