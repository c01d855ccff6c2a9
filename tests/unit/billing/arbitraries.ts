/** fast-check generators for the billing engine's property tests. */
import fc from 'fast-check';
import {
  DEFAULT_RULES,
  type ApprovalFacts,
  type AssetClass,
  type AssetFacts,
  type BillingTerms,
  type FixedDraw,
  type InitialAllowances,
  type RetainerLot,
  type TicketType,
  type WorkFacts,
  type WorkMode,
} from '@/lib/domain/billing/index.ts';
import {
  disabled,
  fixedFeeTerms,
  local,
  managedTerms,
  noContractTerms,
  retainerTerms,
  silver,
  tmTerms,
  withRules,
} from './builders.ts';

export const TIMEZONES = ['UTC', 'America/New_York', 'Europe/London'] as const;
export const tzArb = fc.constantFrom(...TIMEZONES);

const pad = (n: number) => String(n).padStart(2, '0');

/** A local wall time in March 2026 (which holds both the US and the UK spring-forward). */
export function startArb(timezone: string): fc.Arbitrary<Date> {
  return fc
    .record({
      day: fc.integer({ min: 1, max: 31 }),
      // lean towards the edges of support hours
      hour: fc.oneof(fc.integer({ min: 0, max: 23 }), fc.constantFrom(7, 8, 17, 18)),
      minute: fc.oneof(fc.constantFrom(0, 15, 30, 45), fc.integer({ min: 0, max: 59 })),
    })
    .map(({ day, hour, minute }) => local(timezone, `2026-03-${pad(day)}T${pad(hour)}:${pad(minute)}`));
}

/** Mostly short entries, some long; now and then an empty one (the engine must still decide it). */
export const minutesArb = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 60 }), weight: 10 },
  { arbitrary: fc.integer({ min: 1, max: 600 }), weight: 10 },
  { arbitrary: fc.constant(0), weight: 2 },
);
export const modeArb: fc.Arbitrary<WorkMode> = fc.constantFrom('remote', 'onsite', 'phone');
const TYPES: TicketType[] = ['incident', 'service_request', 'problem', 'change', 'maintenance', 'alert'];
const CLASSES: AssetClass[] = ['server', 'workstation', 'router', 'switch', 'firewall', 'other'];

const assetArb: fc.Arbitrary<AssetFacts> = fc
  .record({ cls: fc.constantFrom(...CLASSES), n: fc.integer({ min: 1, max: 3 }), supported: fc.integer({ min: 0, max: 9 }) })
  .map(({ cls, n, supported }) => ({ id: `a-${cls}-${n}`, name: `${cls}-${n}`, class: cls, isSupported: supported > 0 }));

export interface TicketFacts {
  id: string;
  type: TicketType;
  phase: WorkFacts['ticket']['phase'];
  assets: AssetFacts[];
  approval: ApprovalFacts | null;
}

export function ticketArb(id: string): fc.Arbitrary<TicketFacts> {
  return fc
    .record({
      type: fc.constantFrom(...TYPES),
      phase: fc.constantFrom('assessment' as const, 'remediation' as const, null),
      assets: fc.array(assetArb, { maxLength: 2 }),
      approval: fc.oneof(
        fc.constant(null),
        fc.integer({ min: 15, max: 240 }).map((minutes): ApprovalFacts => ({ estimateId: `est-${id}`, minutes, amount: null })),
        fc.constantFrom('500', '1234.5').map((amount): ApprovalFacts => ({ estimateId: `est-${id}`, minutes: null, amount })),
      ),
    })
    .map((t) => ({ id, ...t, phase: t.type === 'maintenance' ? t.phase : null }));
}

export const TICKET_IDS = ['t1', 't2', 't3', 't4'];
export const ticketsArb = fc.tuple(...TICKET_IDS.map(ticketArb));

export interface EntryShape {
  ticket: number;
  start: Date;
  minutes: number;
  mode: WorkMode;
  isInternal: boolean;
}

export function entryShapeArb(timezone: string): fc.Arbitrary<EntryShape> {
  return fc.record({
    ticket: fc.integer({ min: 0, max: TICKET_IDS.length - 1 }),
    start: startArb(timezone),
    minutes: minutesArb,
    mode: modeArb,
    isInternal: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  });
}

export function toWork(entryId: string, shape: EntryShape, ticket: TicketFacts): WorkFacts {
  return {
    entryId,
    startedAt: shape.start,
    endedAt: new Date(shape.start.getTime() + shape.minutes * 60_000),
    minutes: shape.minutes,
    mode: shape.mode,
    isInternal: shape.isInternal,
    ticket: { id: ticket.id, type: ticket.type, phase: ticket.phase, priority: 'P3' },
    assets: ticket.assets,
    approval: ticket.approval,
  };
}

export const burnArb = fc.constantFrom(null, '1.5', '2');

/** Any kind of terms the engine may meet, in the given client timezone. */
export function termsArb(timezone: string): fc.Arbitrary<BillingTerms> {
  const base = fc.oneof(
    fc.constant(noContractTerms({ clientTimezone: timezone })),
    fc.constantFrom('Silver' as const, 'Gold' as const, 'Platinum' as const).map((name) => managedTerms(name, { clientTimezone: timezone })),
    fc
      .record({ withTier: fc.boolean(), burn: burnArb })
      .map(({ withTier, burn }) =>
        retainerTerms({
          clientTimezone: timezone,
          tier: withTier ? silver({ timezone }) : null,
          contract: { afterHoursBurnRate: burn },
        }),
      ),
    fc.constant(tmTerms({ clientTimezone: timezone })),
    fc.constant(fixedFeeTerms({ clientTimezone: timezone })),
  );
  // now and then, some rules switched off
  return fc
    .tuple(base, fc.subarray(DEFAULT_RULES.map((r) => r.id), { maxLength: 3 }), fc.integer({ min: 0, max: 3 }))
    .map(([terms, off, dice]) => (dice === 0 && off.length ? withRules(terms, disabled(DEFAULT_RULES, ...off)) : terms));
}

export const lotArb: fc.Arbitrary<RetainerLot> = fc
  .record({
    units: fc.integer({ min: 0, max: 40 }),
    effectiveDay: fc.integer({ min: -10, max: 31 }),
    lifetimeDays: fc.option(fc.integer({ min: 1, max: 40 }), { nil: null }),
    n: fc.integer({ min: 0, max: 1_000_000 }),
  })
  .map(({ units, effectiveDay, lifetimeDays, n }) => {
    const effectiveAt = new Date(Date.UTC(2026, 2, effectiveDay, 0, 0));
    return {
      id: `lot-${n}`,
      effectiveAt,
      expiresAt: lifetimeDays === null ? null : new Date(effectiveAt.getTime() + lifetimeDays * 86_400_000),
      units,
    };
  });

export const lotsArb = fc.uniqueArray(lotArb, { maxLength: 3, selector: (lot) => lot.id });

export const fixedDrawArb: fc.Arbitrary<FixedDraw> = fc
  .record({ day: fc.integer({ min: 1, max: 31 }), units: fc.integer({ min: 1, max: 8 }) })
  .map(({ day, units }) => ({ at: new Date(Date.UTC(2026, 2, day, 12, 0)), units }));

/** What earlier work used: quota sessions, ticket minutes, estimate minutes, retainer lots. */
export const initialArb: fc.Arbitrary<InitialAllowances> = fc.record({
  quotaSessionsUsed: fc.record({
    '2026-02': fc.integer({ min: 0, max: 3 }),
    '2026-03': fc.integer({ min: 0, max: 3 }),
  }),
  ticketMinutes: fc.record(Object.fromEntries(TICKET_IDS.map((id) => [id, fc.integer({ min: 0, max: 60 })]))),
  approvalMinutesUsed: fc.record(Object.fromEntries(TICKET_IDS.map((id) => [`est-${id}`, fc.integer({ min: 0, max: 300 })]))),
  lots: lotsArb,
  fixedDraws: fc.array(fixedDrawArb, { maxLength: 2 }),
});
