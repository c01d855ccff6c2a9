import { monthKey } from '../calendar/index.ts';
import { availableUnits, createAllowanceState, drawUnits, type AllowanceState, type InitialAllowances } from './allowance-state.ts';
import { applyDecision, decide } from './decide.ts';
import type { BillingTerms, Decision, WorkFacts } from './types.ts';

/** The allowances a decision saw: enough to replay it alone with `replayState`. */
export interface AllowanceSnapshot {
  monthKey: string;
  quotaSessionsUsed: number;
  ticketMinutesBefore: number;
  approvalMinutesUsedBefore: number;
  retainerAvailableUnits: number;
}

export interface SequencedDecision {
  decision: Decision;
  seen: AllowanceSnapshot;
}

function snapshot(state: AllowanceState, work: WorkFacts, terms: BillingTerms): AllowanceSnapshot {
  const month = monthKey(terms.clientTimezone, work.startedAt);
  return {
    monthKey: month,
    quotaSessionsUsed: state.quotaSessionsUsed.get(month) ?? 0,
    ticketMinutesBefore: state.ticketMinutes.get(work.ticket.id) ?? 0,
    approvalMinutesUsedBefore: work.approval ? (state.approvalMinutesUsed.get(work.approval.estimateId) ?? 0) : 0,
    retainerAvailableUnits: availableUnits(state, work.startedAt),
  };
}

/** Rebuilds the allowances a decision saw, to decide it again on its own. */
export function replayState(work: WorkFacts, seen: AllowanceSnapshot): AllowanceState {
  return createAllowanceState({
    quotaSessionsUsed: { [seen.monthKey]: seen.quotaSessionsUsed },
    ticketMinutes: { [work.ticket.id]: seen.ticketMinutesBefore },
    approvalMinutesUsed: work.approval ? { [work.approval.estimateId]: seen.approvalMinutesUsedBefore } : {},
    lots: [{ id: 'replay', effectiveAt: new Date(0), expiresAt: null, units: seen.retainerAvailableUnits }],
  });
}

export interface SequenceItem {
  work: WorkFacts;
  terms: BillingTerms;
  /** an invoiced entry keeps its decision; it still uses its share of the allowances */
  lockedDecision?: Decision;
}

function byWorkDate(a: { at: Date; key: string }, b: { at: Date; key: string }): number {
  return a.at.getTime() - b.at.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * Decides a contract period's entries in work-date order (ties by entry id), so the same set of
 * entries gives the same decisions whatever order they were typed in.
 */
export function decideSequence(items: SequenceItem[], initial: InitialAllowances = {}): Map<string, SequencedDecision> {
  const state = createAllowanceState(initial);
  const fixedDraws = (initial.fixedDraws ?? []).map((draw, index) => ({ at: draw.at, key: `d:${index}`, draw }));

  // Draws dated before every entry decided here come first, in date order: they are history,
  // and this way a snapshot of the lots taken at any instant before the entries gives the same
  // state as replaying the draws themselves.
  const firstEntryAt = items.reduce((first, item) => Math.min(first, item.work.startedAt.getTime()), Infinity);
  const history = fixedDraws.filter((step) => step.at.getTime() < firstEntryAt).sort(byWorkDate);
  for (const step of history) drawUnits(state, step.draw.at, step.draw.units);

  // Invoiced entries' units are spent for good: they are taken next, so work decided again
  // (e.g. a back-dated entry before them) can never use units an invoice already billed.
  const locked = items
    .filter((item) => item.lockedDecision && item.lockedDecision.retainerUnitsDrawn > 0)
    .map((item) => ({ at: item.work.startedAt, key: `e:${item.work.entryId}`, units: item.lockedDecision!.retainerUnitsDrawn }))
    .sort(byWorkDate);
  for (const draw of locked) drawUnits(state, draw.at, draw.units);

  const timeline = [
    ...items.map((item) => ({ at: item.work.startedAt, key: `e:${item.work.entryId}`, item })),
    ...fixedDraws.filter((step) => step.at.getTime() >= firstEntryAt),
  ].sort(byWorkDate);

  const decisions = new Map<string, SequencedDecision>();
  for (const step of timeline) {
    if ('draw' in step && step.draw) {
      drawUnits(state, step.draw.at, step.draw.units);
      continue;
    }
    const { work, terms, lockedDecision } = (step as { item: SequenceItem }).item;
    const seen = snapshot(state, work, terms);
    if (lockedDecision) {
      // it saw its own units, reserved above
      seen.retainerAvailableUnits += lockedDecision.retainerUnitsDrawn;
      applyDecision(state, work, { ...lockedDecision, retainerUnitsDrawn: 0 }, terms.clientTimezone);
      decisions.set(work.entryId, { decision: lockedDecision, seen });
      continue;
    }
    const decision = decide(work, terms, state);
    applyDecision(state, work, decision, terms.clientTimezone);
    decisions.set(work.entryId, { decision, seen });
  }
  return decisions;
}
