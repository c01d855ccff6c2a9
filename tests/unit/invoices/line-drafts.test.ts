import { describe, expect, it } from 'vitest';
import { draftLines, lineKey, type Billables } from '@/lib/domain/invoices/line-drafts.ts';

const empty: Billables = { contracts: [], purchases: [], flatFees: [], time: [] };
const contract = { id: 'c1', number: 'AG-1', name: 'Gold managed support', monthlyFee: null, monthlyBudget: null, fixedFee: null, startsInPeriod: false };
const group = { ticketId: 't1', ticketNumber: 42, subject: 'Server down', rate: '150.00', isAfterHours: false, isOnsite: false, isOverage: false, isLate: false, minutes: 60, amount: '150.00' };

describe('draftLines', () => {
  it('bills a managed fee (or budget) every month and a fixed fee only in its first month', () => {
    const lines = draftLines(
      {
        ...empty,
        contracts: [
          { ...contract, kind: 'managed', monthlyFee: '2500.00' },
          { ...contract, id: 'c2', kind: 'managed', monthlyBudget: '3200' },
          { ...contract, id: 'c3', kind: 'fixed_fee', fixedFee: '9000.00', startsInPeriod: false },
          { ...contract, id: 'c4', kind: 'fixed_fee', fixedFee: '4000.00', startsInPeriod: true },
        ],
      },
      { period: '2026-11', latePeriod: null },
    );
    expect(lines.map((l) => [l.contractId, l.amount, l.description])).toEqual([
      ['c1', '2500.00', 'Gold managed support (AG-1): monthly fee, November 2026'],
      ['c2', '3200.00', 'Gold managed support (AG-1): monthly budget, November 2026'],
      ['c4', '4000.00', 'Gold managed support (AG-1): fixed fee'],
    ]);
  });

  it('prices retainer units at the standard rate for their time, or says why not', () => {
    const purchase = { units: 28, kind: 'purchase' as const, contractId: 'r1', number: 'AG-R1', standardRate: '120.00', roundingMinutes: 15 };
    const [priced, unpriced] = draftLines({ ...empty, purchases: [purchase, { ...purchase, standardRate: null }] }, { period: '2026-11', latePeriod: null });
    expect(priced).toMatchObject({ kind: 'retainer_purchase', quantity: '28.000', unitPrice: '30.00', amount: '840.00', description: 'Retainer purchase (AG-R1): 28 units (7 h)' });
    expect(unpriced).toMatchObject({ unitPrice: '0.00', amount: '0.00' });
    expect(unpriced.description).toContain('not priced');
  });

  it('labels time by what sets its rate, overage as retainer overage, late work by its month', () => {
    const lines = draftLines(
      {
        ...empty,
        time: [
          { ...group, minutes: 20, amount: '50.00' },
          { ...group, rate: '225.00', isAfterHours: true, minutes: 40, amount: '150.00' },
          { ...group, rate: '120.00', isOverage: true, isLate: true, minutes: 30, amount: '60.00' },
        ],
      },
      { period: '2026-11', latePeriod: '2026-10' },
    );
    expect(lines.map((l) => [l.kind, l.description, l.quantity, l.unitPrice, l.amount])).toEqual([
      ['time', '#42 Server down', '0.333', '150.00', '50.00'],
      ['time', '#42 Server down (after hours)', '0.667', '225.00', '150.00'],
      ['overage', 'Retainer overage: #42 Server down (late work from October 2026)', '0.500', '120.00', '60.00'],
    ]);
  });

  it('keys lines by content, whatever the decimal spelling', () => {
    const [line] = draftLines({ ...empty, time: [group] }, { period: '2026-11', latePeriod: null });
    expect(lineKey(line)).toBe(lineKey({ ...line, quantity: '1', unitPrice: '150', amount: '150.0' }));
    expect(lineKey(line)).not.toBe(lineKey({ ...line, amount: '150.01' }));
  });
});
