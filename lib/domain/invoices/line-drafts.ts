import { money, toCents } from '../money/decimal.ts';
import { periodLabel } from './invoice-period.ts';

export type InvoiceLineKind = 'recurring_fee' | 'time' | 'retainer_purchase' | 'overage' | 'flat_fee' | 'credit';

/** One line as the run computes it; money as exact decimal strings. */
export interface LineDraft {
  kind: InvoiceLineKind;
  description: string;
  /** decimal(12,3) */
  quantity: string;
  /** decimal(12,2) */
  unitPrice: string;
  /** decimal(12,2) */
  amount: string;
  contractId: string | null;
  ticketId: string | null;
  estimateId: string | null;
}

/** What the database sums for one client and month; decimals arrive as strings. */
export interface Billables {
  contracts: { id: string; number: string; name: string; kind: 'managed' | 'fixed_fee'; monthlyFee: string | null; monthlyBudget: string | null; fixedFee: string | null; startsInPeriod: boolean }[];
  purchases: { units: number; kind: 'purchase' | 'top_up'; contractId: string; number: string; standardRate: string | null; roundingMinutes: number }[];
  flatFees: { id: string; description: string; amount: string; ticketId: string; ticketNumber: number }[];
  /** billable parts summed per ticket, rate and kind of work */
  time: { ticketId: string; ticketNumber: number; subject: string; rate: string | null; isAfterHours: boolean; isOnsite: boolean; isOverage: boolean; isLate: boolean; minutes: number; amount: string }[];
}

const quantity3 = (value: string | number) => money(value).toDecimalPlaces(3).toFixed(3);
const cents = (value: string) => toCents(money(value));
const line = (draft: Omit<LineDraft, 'contractId' | 'ticketId' | 'estimateId'> & Partial<LineDraft>): LineDraft => ({ contractId: null, ticketId: null, estimateId: null, ...draft });

/** Managed contracts' monthly fee (or budget) in every month of their term; fixed fees in their first month. */
function recurringLines(b: Billables, period: string): LineDraft[] {
  return b.contracts.flatMap((c) => {
    const fee = c.kind === 'managed' ? (c.monthlyFee ?? c.monthlyBudget) : c.startsInPeriod ? c.fixedFee : null;
    if (!fee || money(fee).isZero()) return [];
    const what = c.kind === 'fixed_fee' ? 'fixed fee' : `${c.monthlyFee ? 'monthly fee' : 'monthly budget'}, ${periodLabel(period)}`;
    return [line({ kind: 'recurring_fee', description: `${c.name} (${c.number}): ${what}`, quantity: '1.000', unitPrice: cents(fee), amount: cents(fee), contractId: c.id })];
  });
}

/** One unit is the contract's rounding granularity (15 minutes): priced at the standard rate for that time. */
function purchaseLines(b: Billables): LineDraft[] {
  return b.purchases.map((p) => {
    const hours = money(p.units).times(p.roundingMinutes).dividedBy(60);
    const what = `Retainer ${p.kind === 'top_up' ? 'top-up' : 'purchase'} (${p.number}): ${p.units} units (${hours.toString()} h)`;
    if (!p.standardRate) {
      return line({ kind: 'retainer_purchase', description: `${what}; not priced: the contract has no standard rate`, quantity: quantity3(p.units), unitPrice: '0.00', amount: '0.00', contractId: p.contractId });
    }
    const unitPrice = money(toCents(money(p.standardRate).times(p.roundingMinutes).dividedBy(60)));
    return line({ kind: 'retainer_purchase', description: what, quantity: quantity3(p.units), unitPrice: toCents(unitPrice), amount: toCents(unitPrice.times(p.units)), contractId: p.contractId });
  });
}

function flatFeeLines(b: Billables): LineDraft[] {
  return b.flatFees.map((e) =>
    line({ kind: 'flat_fee', description: `#${e.ticketNumber} Approved flat fee: ${e.description}`, quantity: '1.000', unitPrice: cents(e.amount), amount: cents(e.amount), ticketId: e.ticketId, estimateId: e.id }),
  );
}

/** Quantity is hours to three decimals; the amount is the exact sum of the decided amounts. */
function timeLines(b: Billables, latePeriod: string | null): LineDraft[] {
  return b.time.map((g) => {
    const notes = [g.isAfterHours ? 'after hours' : null, g.isOnsite ? 'onsite' : null, g.isLate && latePeriod ? `late work from ${periodLabel(latePeriod)}` : null].filter(Boolean);
    const base = `#${g.ticketNumber} ${g.subject}${notes.length ? ` (${notes.join(', ')})` : ''}`;
    return line({
      kind: g.isOverage ? 'overage' : 'time',
      description: g.isOverage ? `Retainer overage: ${base}` : base,
      quantity: quantity3(money(g.minutes).dividedBy(60).toString()),
      unitPrice: g.rate ? cents(g.rate) : '0.00',
      amount: cents(g.amount),
      ticketId: g.ticketId,
    });
  });
}

/** Every line the run bills for one client and month, in invoice order (credit lines are the user's). */
export function draftLines(b: Billables, options: { period: string; latePeriod: string | null }): LineDraft[] {
  return [...recurringLines(b, options.period), ...purchaseLines(b), ...flatFeeLines(b), ...timeLines(b, options.latePeriod)];
}

type Figure = { toString(): string };

/** A line's identity for "did anything change": same text, figures and links. */
export function lineKey(l: { kind: string; description: string; quantity: Figure; unitPrice: Figure; amount: Figure; contractId: string | null; ticketId: string | null; estimateId: string | null }): string {
  return [l.kind, l.description, quantity3(l.quantity.toString()), cents(l.unitPrice.toString()), cents(l.amount.toString()), l.contractId, l.ticketId, l.estimateId].join('|');
}
