import { describe, expect, it } from 'vitest';
import { classifyRequest, IMPACTS, priorityFor, URGENCIES, type Impact, type Urgency } from '@/lib/domain/tickets/priority-matrix.ts';

describe('priority matrix (impact × urgency)', () => {
  const table: [Urgency, Impact, string][] = [
    ['high', 'company', 'P1'],
    ['medium', 'company', 'P2'],
    ['low', 'company', 'P3'],
    ['high', 'team', 'P2'],
    ['medium', 'team', 'P3'],
    ['low', 'team', 'P4'],
    ['high', 'just_me', 'P3'],
    ['medium', 'just_me', 'P4'],
    ['low', 'just_me', 'P4'],
  ];
  it.each(table)('%s urgency, %s affected → %s', (urgency, impact, priority) => {
    expect(priorityFor(urgency, impact)).toBe(priority);
  });

  it('covers every combination, and more impact or urgency never lowers the priority', () => {
    const rank = (p: string) => Number(p.slice(1));
    for (const [u, urgency] of URGENCIES.entries()) {
      for (const [i, impact] of IMPACTS.entries()) {
        const p = rank(priorityFor(urgency, impact));
        if (u > 0) expect(p).toBeLessThanOrEqual(rank(priorityFor(URGENCIES[u - 1], impact)));
        if (i > 0) expect(p).toBeLessThanOrEqual(rank(priorityFor(urgency, IMPACTS[i - 1])));
      }
    }
  });

  it('maps the customer’s kind to a ticket type; a question is always a P4 service request', () => {
    expect(classifyRequest({ kind: 'broken', urgency: 'high', impact: 'company' })).toEqual({ type: 'incident', priority: 'P1' });
    expect(classifyRequest({ kind: 'new', urgency: 'medium', impact: 'team' })).toEqual({ type: 'service_request', priority: 'P3' });
    expect(classifyRequest({ kind: 'question', urgency: 'high', impact: 'company' })).toEqual({ type: 'service_request', priority: 'P4' });
  });
});
