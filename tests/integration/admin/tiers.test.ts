import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { DEFAULT_RULES, type RuleSpec } from '@/lib/domain/billing/index.ts';
import { logTime } from '@/lib/server/time/log-time.ts';
import { createTier } from '@/lib/server/tiers/create-tier.ts';
import { updateTier } from '@/lib/server/tiers/update-tier.ts';
import { getTier } from '@/lib/server/tiers/get-tier.ts';
import { previewDecision } from '@/lib/server/tiers/preview-decision.ts';
import { makeClient, makeContract, makeTicket, makeTier } from '@/tests/factories/index.ts';
import { goldTerms, people, utcCalendar } from './tier-fixtures.ts';

const saturdayEvening = { ticketType: 'incident', mode: 'remote', weekday: 6, time: '21:00', durationMinutes: 60 } as const;

describe('tier versions', () => {
  it('an edit creates version 2 from a date: earlier work keeps version 1, later work uses version 2', async () => {
    const { admin, tech } = await people();
    const calendar = await utcCalendar();
    const tier = await makeTier(db, { name: `Gold ${calendar.id.slice(0, 6)}`, calendarId: calendar.id, standardRate: '150.00' });
    const v1 = tier.versions[0];
    const client = await makeClient(db, { timezone: 'UTC' });
    await makeContract(db, { clientId: client.id, kind: 'managed', tierId: tier.id });
    const ticket = await makeTicket(db, { clientId: client.id, type: 'incident' });

    const current = (await getTier({ actor: admin, tierId: tier.id })).latestTerms!;
    const edited = await updateTier({
      actor: admin,
      input: { tierId: tier.id, name: tier.name, description: null, effectiveFrom: '2026-07-01', terms: { ...current, standardRate: '200.00' } },
      now: new Date('2026-06-20T12:00:00Z'),
    });
    expect(edited.newVersion).toBe(2);
    const v2 = await db.tierVersion.findUniqueOrThrow({ where: { tierId_version: { tierId: tier.id, version: 2 } } });
    expect(v2.effectiveFrom.toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(v2.standardRate.toFixed(2)).toBe('200.00');
    expect((await db.tierVersion.findUniqueOrThrow({ where: { id: v1.id } })).standardRate.toFixed(2)).toBe('150.00');

    // after hours (20:00 UTC on a Monday): billable at the after-hours rate of the version in force
    const before = await logTime({ actor: tech, input: { ticketId: ticket.id, startedAt: new Date('2026-06-15T20:00:00Z'), endedAt: new Date('2026-06-15T21:00:00Z'), mode: 'remote' } });
    const after = await logTime({ actor: tech, input: { ticketId: ticket.id, startedAt: new Date('2026-07-06T20:00:00Z'), endedAt: new Date('2026-07-06T21:00:00Z'), mode: 'remote' } });
    expect(before.decision.tierVersionId).toBe(v1.id);
    expect(before.decision.billableAmount).toBe('225.00');
    expect(after.decision.tierVersionId).toBe(v2.id);
    expect(after.decision.billableAmount).toBe('300.00');
    const stored = await db.billingDecision.findFirstOrThrow({ where: { timeEntryId: before.entryId, isCurrent: true } });
    expect(stored.tierVersionId).toBe(v1.id);

    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: tier.id, action: 'tier.version_published' } });
    expect(audit.actorId).toBe(admin.userId);
    expect((audit.before as { terms: { standardRate: string } }).terms.standardRate).toBe('150.00');
    expect((audit.after as { terms: { standardRate: string } }).terms.standardRate).toBe('200.00');
  });

  it('refuses a version in the past or before the latest one, and writes nothing', async () => {
    const { admin } = await people();
    const calendar = await utcCalendar();
    const tier = await makeTier(db, { calendarId: calendar.id, effectiveFrom: new Date('2026-09-01T00:00:00Z') });
    const terms = { ...(await getTier({ actor: admin, tierId: tier.id })).latestTerms!, standardRate: '99.00' };
    const now = new Date('2026-06-20T12:00:00Z');
    for (const effectiveFrom of ['2026-06-01', '2026-08-15']) {
      await expect(updateTier({ actor: admin, input: { tierId: tier.id, name: tier.name, description: null, effectiveFrom, terms }, now })).rejects.toMatchObject({ code: 'invalid', fieldErrors: { effectiveFrom: [expect.any(String)] } });
    }
    expect(await db.tierVersion.count({ where: { tierId: tier.id } })).toBe(1);
  });

  it('saves name-only edits without a new version', async () => {
    const { admin } = await people();
    const calendar = await utcCalendar();
    const tier = await makeTier(db, { calendarId: calendar.id });
    const terms = (await getTier({ actor: admin, tierId: tier.id })).latestTerms!;
    const result = await updateTier({ actor: admin, input: { tierId: tier.id, name: `${tier.name} renamed`, description: 'New words', terms } });
    expect(result.newVersion).toBeNull();
    expect(await db.tierVersion.count({ where: { tierId: tier.id } })).toBe(1);
  });
});

describe('live preview and contract checks', () => {
  it('explains an incident at 21:00 on a Saturday on Gold with the engine’s reason: billable after hours', async () => {
    const { admin } = await people();
    const calendar = await utcCalendar();
    const preview = await previewDecision({ actor: admin, input: { tierName: 'Gold', terms: goldTerms(calendar.id), scenario: saturdayEvening } });
    expect(preview.outcome).toBe('billable');
    expect(preview.rule).toBe('incident');
    expect(preview.headline).toBe('An incident at 21:00 on a Saturday (1 h, remote) for Gold would be: billable at 1.5×');
    expect(preview.reason).toBe('Billable at the after-hours rate (1.5×): an incident outside Gold support hours.');
    expect(preview.sentence).toContain(preview.reason);
    expect(preview.issues).toEqual([]);
  });

  it('flags a rule that can never match because an earlier rule always matches first', async () => {
    const { admin } = await people();
    const calendar = await utcCalendar();
    const late: RuleSpec = { id: 'late-incidents', kind: 'match', isEnabled: true, match: { when: { ticketTypes: ['incident'] }, then: { outcome: 'covered', rate: 'standard', needsApproval: false }, reason: 'Covered: all incidents.' } };
    const rules = [...DEFAULT_RULES.slice(0, -1), late, DEFAULT_RULES.at(-1)!];
    const preview = await previewDecision({ actor: admin, input: { tierName: 'Gold', terms: goldTerms(calendar.id, { rules }), scenario: saturdayEvening } });
    expect(preview.issues).toEqual([expect.objectContaining({ code: 'unreachable', ruleId: 'late-incidents', shadowedBy: expect.arrayContaining(['incident']) })]);
  });

  it('runs scenario tests on save: a failing one refuses the save and writes nothing; passing ones are stored', async () => {
    const { admin } = await people();
    const calendar = await utcCalendar();
    const name = `Gold ${calendar.id.slice(0, 8)}`;
    const failing = { name: 'a 20-minute Saturday incident for Gold is covered', scenario: { ...saturdayEvening, durationMinutes: 20 }, expectOutcome: 'covered' as const };
    const tiersBefore = await db.serviceTier.count();
    const error = await createTier({ actor: admin, input: { name, terms: goldTerms(calendar.id), scenarios: [failing] } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'refused', fieldErrors: { scenarios: [expect.stringContaining('expected covered but would be billable')] } });
    expect(await db.serviceTier.count()).toBe(tiersBefore);

    const passing = { ...failing, name: 'a 20-minute weekday incident is covered', scenario: { ...failing.scenario, weekday: 2, time: '10:00' } };
    const created = await createTier({ actor: admin, input: { name, terms: goldTerms(calendar.id), scenarios: [passing] } });
    expect(created.report.scenarioResults).toEqual([expect.objectContaining({ passed: true, actualOutcome: 'covered' })]);
    const stored = await db.appSetting.findUniqueOrThrow({ where: { key: `tier-scenarios:${created.id}` } });
    expect(stored.value).toEqual([expect.objectContaining({ name: passing.name, expectOutcome: 'covered' })]);
    expect((await getTier({ actor: admin, tierId: created.id })).versions).toHaveLength(1);
  });
});
