import { availableUnits } from '../allowance-state.ts';
import { formatDuration, roundToUnits, unitsToMinutes } from '../rounding.ts';
import { amountForMinutes, money, toCents } from '../../money/decimal.ts';
import type { RuleHandler } from './context.ts';
import type { DecisionPart } from '../types.ts';

/**
 * Retainer work draws rounded units at any hour (after-hours minutes burn faster when the
 * contract says so). What the balance cannot cover is billable at the overage rate.
 */
export const retainer: RuleHandler = (c) => {
  const contract = c.terms.contract;
  if (contract?.kind !== 'retainer') return null;
  const { work } = c;
  const policy = contract.rounding;
  const burn = contract.afterHoursBurnRate ? money(contract.afterHoursBurnRate) : null;
  const burnedMinutes =
    burn && c.afterHoursMinutes > 0
      ? c.inHoursMinutes + Math.ceil(burn.times(c.afterHoursMinutes).toNumber())
      : work.minutes;
  const units = roundToUnits(burnedMinutes, policy);
  const drawn = Math.min(units, availableUnits(c.state, work.startedAt));
  const overageUnits = units - drawn;
  const burnNote = burnedMinutes !== work.minutes ? ` (after-hours time burns at ${burn}×)` : '';

  if (overageUnits === 0) {
    return {
      parts: [{ outcome: 'retainer', minutes: work.minutes, units, rate: null, amount: '0.00', isAfterHours: false }],
      reason: `Drawn from your prepaid hours: ${formatDuration(work.minutes)}${burnNote} rounds to ${units} unit${units === 1 ? '' : 's'} (${formatDuration(unitsToMinutes(units, policy))}).`,
      retainerUnitsDrawn: units,
    };
  }
  const retainerMinutes = Math.min(work.minutes, Math.round((work.minutes * drawn) / units));
  const overageMinutes = unitsToMinutes(overageUnits, policy);
  const parts: DecisionPart[] = [];
  if (drawn > 0) {
    parts.push({ outcome: 'retainer', minutes: retainerMinutes, units: drawn, rate: null, amount: '0.00', isAfterHours: false });
  }
  parts.push({
    outcome: 'billable',
    minutes: work.minutes - retainerMinutes,
    units: overageUnits,
    rate: toCents(c.rates.overage),
    amount: toCents(amountForMinutes(c.rates.overage, overageMinutes)),
    isAfterHours: false,
  });
  const reason =
    drawn > 0
      ? `Partly drawn from your prepaid hours: only ${drawn} unit${drawn === 1 ? ' was' : 's were'} left; the other ${overageUnits} (${formatDuration(overageMinutes)}) are billable at the overage rate.`
      : `Billable at the overage rate: your prepaid hours are used up (${overageUnits} unit${overageUnits === 1 ? '' : 's'}, ${formatDuration(overageMinutes)}).`;
  return { parts, reason, retainerUnitsDrawn: drawn, isRetainerExhausted: true };
};
