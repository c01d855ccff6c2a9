import { describe, expect, it } from 'vitest';
import type { Decision } from '@/lib/domain/billing/index.ts';
import { phraseCoverage, type CoverageFacts } from '@/lib/domain/portal/coverage-phrase.ts';

const decision = (over: Partial<Decision> = {}): Decision => ({
  outcome: 'covered',
  parts: [],
  rule: 'incident',
  reason: 'Covered: incident during Gold support hours.',
  needsApproval: false,
  quotaSessionsUsed: 0,
  retainerUnitsDrawn: 0,
  billableAmount: '0.00',
  estimateId: null,
  isRetainerExhausted: false,
  tierVersionId: 't',
  contractVersion: 1,
  ...over,
});

const facts = (over: Partial<CoverageFacts> = {}): CoverageFacts => ({
  kind: 'broken',
  agreement: { kind: 'managed', name: 'Gold' },
  decision: decision(),
  largerDecision: null,
  quota: null,
  retainerMinutesLeft: null,
  minorAllowanceMinutes: 30,
  sessionMinutes: null,
  outsideHoursNow: null,
  ...over,
});

describe('the coverage preview in the customer’s words', () => {
  it('covered by the tier', () => {
    expect(phraseCoverage(facts())).toMatchObject({ tone: 'covered', headline: 'Covered by your Gold agreement', reason: 'Covered: incident during Gold support hours.' });
  });

  it('a quota session that is partly billable still reads as covered, with the sessions left', () => {
    const split = decision({ outcome: 'billable', quotaSessionsUsed: 1 });
    expect(phraseCoverage(facts({ decision: split, quota: { included: 2, used: 1 }, sessionMinutes: 15 }))).toMatchObject({
      tone: 'covered',
      headline: 'Covered: 1 of 2 included help-desk sessions left this month',
      details: ['Each session covers up to 15 min; longer work is billable at the standard rate.'],
    });
  });

  it('new scope needs approval; the minor allowance is mentioned when it applies', () => {
    const result = phraseCoverage(facts({ kind: 'new', largerDecision: decision({ outcome: 'refused', needsApproval: true, rule: 'service_request' }) }));
    expect(result).toMatchObject({ tone: 'approval', headline: 'Billable — new scope needs your approval' });
    expect(result.details[0]).toBe('A minor request that takes up to 30 min is covered by your Gold agreement.');
  });

  it('retainer balance, partly drawn, and used up', () => {
    expect(phraseCoverage(facts({ agreement: { kind: 'retainer', name: 'retained support' }, decision: decision({ outcome: 'retainer', retainerUnitsDrawn: 2 }), retainerMinutesLeft: 735 })).headline).toBe('Drawn from your prepaid hours (12 h 15 min left)');
    expect(phraseCoverage(facts({ agreement: { kind: 'retainer', name: 'retained support' }, decision: decision({ outcome: 'billable', retainerUnitsDrawn: 1, isRetainerExhausted: true }), retainerMinutesLeft: 15 })).tone).toBe('billable');
    expect(phraseCoverage(facts({ agreement: { kind: 'retainer', name: 'retained support' }, decision: decision({ outcome: 'billable', isRetainerExhausted: true }), retainerMinutesLeft: 0 })).headline).toBe('Billable at the overage rate — your prepaid hours are used up');
  });

  it('outside support hours adds when the clock runs', () => {
    const result = phraseCoverage(facts({ outsideHoursNow: 'Mon–Fri 08:00–18:00 (America/New_York)' }));
    expect(result.details.at(-1)).toContain('outside your support hours (Mon–Fri 08:00–18:00 (America/New_York))');
  });
});
