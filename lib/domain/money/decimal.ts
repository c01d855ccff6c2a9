import Decimal from 'decimal.js';

/** Money is exact decimal; amounts are kept to the cent, rounded half up. */
export const MoneyDecimal = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Money = InstanceType<typeof MoneyDecimal>;

export function money(value: string | number | Money): Money {
  return new MoneyDecimal(value);
}

export function toCents(value: Money): string {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

/** rate per hour × minutes / 60, to the cent. */
export function amountForMinutes(ratePerHour: Money, minutes: number): Money {
  return ratePerHour.times(minutes).dividedBy(60).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

export function sumMoney(values: Iterable<Money | string>): Money {
  let total = money(0);
  for (const value of values) total = total.plus(value);
  return total;
}

const formatters = new Map<string, Intl.NumberFormat>();

export function formatMoney(value: Money | string, currency = 'USD'): string {
  let formatter = formatters.get(currency);
  if (!formatter) formatters.set(currency, (formatter = new Intl.NumberFormat('en-US', { style: 'currency', currency })));
  return formatter.format(Number(toCents(money(value))));
}
