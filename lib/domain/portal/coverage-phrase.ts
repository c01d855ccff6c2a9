import { formatDuration } from '../billing/rounding.ts';
import type { ContractKind, Decision } from '../billing/types.ts';
import type { RequestKind } from '../tickets/priority-matrix.ts';

export type CoverageTone = 'covered' | 'retainer' | 'billable' | 'approval';

export interface CoveragePreview {
  tone: CoverageTone;
  headline: string;
  details: string[];
  /** the engine's own reason for the hypothetical work, for the curious */
  reason: string;
}

export interface CoverageFacts {
  kind: RequestKind;
  /** the governing agreement; `name` is the tier's name for managed ones */
  agreement: { kind: ContractKind; name: string } | null;
  /** a 30-minute remote entry of this kind, done at the next support-hours slot */
  decision: Decision;
  /** the same request grown past the minor-request allowance (new scope only) */
  largerDecision: Decision | null;
  quota: { included: number; used: number } | null;
  retainerMinutesLeft: number | null;
  minorAllowanceMinutes: number | null;
  sessionMinutes: number | null;
  /** e.g. "Mon–Fri 08:00–18:00 (America/New_York)" when the agreement has support hours and it is outside them now */
  outsideHoursNow: string | null;
}

const APPROVAL_NOTE = 'We send you an estimate first; nothing billable is done until you approve it.';

function sessions(n: number): string {
  return `${n} included help-desk session${n === 1 ? '' : 's'}`;
}

function approvalPhrase(f: CoverageFacts): Omit<CoveragePreview, 'reason'> | null {
  const { decision } = f;
  if (decision.needsApproval && decision.rule === 'unsupported_asset') {
    return { tone: 'approval', headline: 'Needs your approval — that asset is not supported by your agreement', details: [APPROVAL_NOTE] };
  }
  if (f.kind !== 'new') return null;
  const minorCovered = decision.outcome === 'covered' && f.largerDecision?.needsApproval === true;
  if (!minorCovered && !decision.needsApproval) return null;
  const details = minorCovered && f.agreement && f.minorAllowanceMinutes
    ? [`A minor request that takes up to ${formatDuration(f.minorAllowanceMinutes)} is covered by your ${f.agreement.name} agreement.`, APPROVAL_NOTE]
    : [APPROVAL_NOTE];
  return { tone: 'approval', headline: 'Billable — new scope needs your approval', details };
}

function coveredPhrase(f: CoverageFacts): Omit<CoveragePreview, 'reason'> {
  const name = f.agreement?.name ?? 'your';
  if (f.decision.quotaSessionsUsed > 0 && f.quota) {
    const left = Math.max(0, f.quota.included - f.quota.used);
    const each = f.sessionMinutes ? [`Each session covers up to ${formatDuration(f.sessionMinutes)}; longer work is billable at the standard rate.`] : [];
    return { tone: 'covered', headline: `Covered: ${left} of ${sessions(f.quota.included)} left this month`, details: each };
  }
  if (f.agreement?.kind === 'fixed_fee') return { tone: 'covered', headline: 'Covered by your fixed-fee project', details: [] };
  if (f.kind === 'question' && f.minorAllowanceMinutes) {
    return { tone: 'covered', headline: `Covered by your ${name} agreement`, details: [`Quick questions count as minor requests (up to ${formatDuration(f.minorAllowanceMinutes)}).`] };
  }
  return { tone: 'covered', headline: `Covered by your ${name} agreement`, details: [] };
}

function billablePhrase(f: CoverageFacts): Omit<CoveragePreview, 'reason'> {
  if (!f.agreement) return { tone: 'billable', headline: 'Billable — you have no active support agreement', details: ['Work is billed at the standard rate.'] };
  if (f.quota && f.decision.rule === 'incident' && f.quota.used >= f.quota.included && f.quota.included > 0) {
    return { tone: 'billable', headline: `Billable — this month's ${sessions(f.quota.included)} are used up`, details: ['Help-desk time is billed at the standard rate until next month.'] };
  }
  if (f.agreement.kind === 'time_and_materials') return { tone: 'billable', headline: 'Billable — time and materials', details: [] };
  return { tone: 'billable', headline: 'Billable', details: [] };
}

function retainerPhrase(f: CoverageFacts): Omit<CoveragePreview, 'reason'> {
  const left = formatDuration(Math.max(0, f.retainerMinutesLeft ?? 0));
  if (!f.decision.isRetainerExhausted) {
    return { tone: 'retainer', headline: `Drawn from your prepaid hours (${left} left)`, details: ['Time is drawn in 15-minute units.'] };
  }
  if (f.decision.retainerUnitsDrawn > 0) {
    return { tone: 'billable', headline: `Partly drawn from your prepaid hours (${left} left); the rest is billable at the overage rate`, details: [] };
  }
  return { tone: 'billable', headline: 'Billable at the overage rate — your prepaid hours are used up', details: [] };
}

/** What the agreement says about a request like this, in the customer's words. */
export function phraseCoverage(f: CoverageFacts): CoveragePreview {
  const phrase =
    approvalPhrase(f) ??
    (f.decision.outcome === 'retainer' || f.agreement?.kind === 'retainer'
      ? retainerPhrase(f)
      : f.decision.quotaSessionsUsed > 0 || f.decision.outcome === 'covered' || f.decision.outcome === 'non_billable'
        ? coveredPhrase(f)
        : billablePhrase(f));
  const details = [...phrase.details];
  if (f.outsideHoursNow && f.agreement?.kind === 'managed') {
    details.push(`It is outside your support hours (${f.outsideHoursNow}) right now: we pick this up when they start. Work you ask for before then is billable at the after-hours rate.`);
  }
  return { ...phrase, details, reason: f.decision.reason };
}
