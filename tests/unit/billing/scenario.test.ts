import { describe, expect, it } from 'vitest';
import { previewScenario, runScenarioTests, scenarioDate, tierScenarioSchema, type TierScenario } from '@/lib/domain/billing/scenario.ts';
import { businessHours, tier, twentyFourSeven } from './builders.ts';

const scenario = (overrides: Partial<TierScenario>): TierScenario =>
  tierScenarioSchema.parse({ ticketType: 'incident', mode: 'remote', weekday: 6, time: '21:00', durationMinutes: 60, ...overrides });

describe('tier scenarios', () => {
  it('places the scenario on the first matching weekday that is not a holiday', () => {
    expect(scenarioDate(6, '2026-03-02', [])).toBe('2026-03-07');
    expect(scenarioDate(1, '2026-03-02', [])).toBe('2026-03-02');
    expect(scenarioDate(1, '2026-03-02', ['2026-03-02'])).toBe('2026-03-09');
  });

  it('a Saturday-evening incident on a business-hours tier is billable after hours, with the engine’s reason', () => {
    const gold = tier('Gold', { calendar: businessHours('America/New_York') });
    const preview = previewScenario(gold, scenario({}), '2026-03-02');
    expect(preview.outcome).toBe('billable');
    expect(preview.headline).toBe('An incident at 21:00 on a Saturday (1 h, remote) for Gold would be: billable at 1.5×');
    expect(preview.reason).toMatch(/after-hours rate \(1\.5×\): an incident outside Gold support hours/);
    expect(preview.sentence).toContain(preview.reason);
  });

  it('the same incident on a 24×7 tier is covered', () => {
    const platinum = tier('Platinum', { calendar: twentyFourSeven() });
    expect(previewScenario(platinum, scenario({}), '2026-03-02').outcome).toBe('covered');
  });

  it('runs scenario tests and reports pass and fail', () => {
    const gold = tier('Gold', { calendar: businessHours('UTC') });
    const results = runScenarioTests(
      gold,
      [
        { name: 'weekday incident is covered', scenario: scenario({ weekday: 2, time: '10:00', durationMinutes: 20 }), expectOutcome: 'covered' },
        { name: 'a 20-minute Saturday incident is covered', scenario: scenario({ durationMinutes: 20 }), expectOutcome: 'covered' },
      ],
      '2026-03-02',
    );
    expect(results.map((r) => r.passed)).toEqual([true, false]);
    expect(results[1].actualOutcome).toBe('billable');
  });
});
