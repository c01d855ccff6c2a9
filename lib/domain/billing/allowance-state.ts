import type { FixedDraw, RetainerLot } from './types.ts';

export interface LotBalance {
  id: string;
  effectiveAt: Date;
  expiresAt: Date | null;
  remaining: number;
}

/** What earlier work has used up; threaded through a period's entries in work-date order. */
export interface AllowanceState {
  /** help-desk sessions used, by the client's calendar month 'YYYY-MM' */
  quotaSessionsUsed: Map<string, number>;
  /** minutes already logged on each ticket (minor service-request allowance) */
  ticketMinutes: Map<string, number>;
  /** minutes already billed against each approved estimate */
  approvalMinutesUsed: Map<string, number>;
  lots: LotBalance[];
}

export interface InitialAllowances {
  quotaSessionsUsed?: Record<string, number>;
  ticketMinutes?: Record<string, number>;
  approvalMinutesUsed?: Record<string, number>;
  lots?: RetainerLot[];
  /** consumption before or inside the period that is not decided again */
  fixedDraws?: FixedDraw[];
}

export function createAllowanceState(initial: InitialAllowances = {}): AllowanceState {
  return {
    quotaSessionsUsed: new Map(Object.entries(initial.quotaSessionsUsed ?? {})),
    ticketMinutes: new Map(Object.entries(initial.ticketMinutes ?? {})),
    approvalMinutesUsed: new Map(Object.entries(initial.approvalMinutesUsed ?? {})),
    lots: (initial.lots ?? []).map((lot) => ({
      id: lot.id,
      effectiveAt: lot.effectiveAt,
      expiresAt: lot.expiresAt,
      remaining: lot.units,
    })),
  };
}

function isLotUsableAt(lot: LotBalance, at: Date): boolean {
  return lot.effectiveAt.getTime() <= at.getTime() && (lot.expiresAt === null || at.getTime() < lot.expiresAt.getTime());
}

/** Units purchased on a date serve work done from that date on, until they expire. */
export function availableUnits(state: AllowanceState, at: Date): number {
  let total = 0;
  for (const lot of state.lots) if (isLotUsableAt(lot, at)) total += lot.remaining;
  return total;
}

/** Takes up to `units` from the lots usable at `at`, soonest-expiring first; returns units taken. */
export function drawUnits(state: AllowanceState, at: Date, units: number): number {
  const usable = state.lots
    .filter((lot) => isLotUsableAt(lot, at) && lot.remaining > 0)
    .sort(
      (a, b) =>
        (a.expiresAt?.getTime() ?? Infinity) - (b.expiresAt?.getTime() ?? Infinity) ||
        a.effectiveAt.getTime() - b.effectiveAt.getTime() ||
        a.id.localeCompare(b.id),
    );
  let needed = units;
  for (const lot of usable) {
    if (needed === 0) break;
    const take = Math.min(lot.remaining, needed);
    lot.remaining -= take;
    needed -= take;
  }
  return units - needed;
}

export function addTo(map: Map<string, number>, key: string, amount: number): void {
  map.set(key, (map.get(key) ?? 0) + amount);
}

/**
 * Each lot's remaining units once the draws dated before `asOf` are taken, in date order (as
 * `decideSequence` takes its history), for the lots that started before `asOf`; those that can
 * serve nothing from `asOf` on are left out.
 * Deciding work from `asOf` on with these lots gives what replaying the draws would give.
 */
export function lotsAt(lots: RetainerLot[], draws: FixedDraw[], asOf: Date): RetainerLot[] {
  const state = createAllowanceState({ lots });
  const before = draws.filter((draw) => draw.at.getTime() < asOf.getTime()).sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const draw of before) drawUnits(state, draw.at, draw.units);
  // lots that start at or after `asOf` are read from the ledger itself
  return state.lots
    .filter((lot) => lot.effectiveAt.getTime() < asOf.getTime())
    .filter((lot) => lot.remaining > 0 && (lot.expiresAt === null || lot.expiresAt.getTime() > asOf.getTime()))
    .map((lot) => ({ id: lot.id, effectiveAt: lot.effectiveAt, expiresAt: lot.expiresAt, units: lot.remaining }));
}
