import { z } from 'zod';
import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { CUSTOMER_ROLES } from '@/lib/auth/roles.ts';
import { createAllowanceState, decide, clientMonthBounds, type WorkFacts } from '@/lib/domain/billing/index.ts';
import { describeCalendar, isWithinSupportHours, monthKey } from '@/lib/domain/calendar/index.ts';
import { phraseCoverage, type CoveragePreview } from '@/lib/domain/portal/coverage-phrase.ts';
import { firstWorkingSlot } from '@/lib/domain/portal/next-slot.ts';
import { classifyRequest, REQUEST_KINDS } from '@/lib/domain/tickets/priority-matrix.ts';
import { notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { findGoverningContract, termsResolver } from '@/lib/server/billing/load-terms.ts';
import { AGREEMENT_LABELS } from './agreement-labels.ts';

export const previewCoverageSchema = z.object({
  kind: z.enum(REQUEST_KINDS, { error: 'Choose what kind of request this is.' }),
  assetId: z.preprocess((v) => (v === '' ? undefined : v), z.uuid('Choose one of your assets.').optional()),
});

const PREVIEW_MINUTES = 30;
const LARGER_MINUTES = 120;

/**
 * What the agreement says about a request before it is sent: the billing engine decides a
 * hypothetical 30-minute remote entry of this kind at the next support-hours slot, with the
 * current allowances. Approximation (documented): the month's quota use is the sum of current
 * decisions, and the retainer balance is the ledger's sum — not a full replay of the period.
 */
export async function previewCoverage(
  options: { actor: Actor | null; input: z.input<typeof previewCoverageSchema>; now?: Date },
  tx: DbTx = db,
): Promise<CoveragePreview> {
  const actor = authorize(options.actor, { roles: CUSTOMER_ROLES });
  const input = parseOrThrow(previewCoverageSchema, options.input);
  const now = options.now ?? new Date();
  const clientId = actor.clientId!;
  const client = await tx.client.findUnique({ where: { id: clientId }, select: { timezone: true } });
  if (!client) throw notFound('Your company');
  const asset = input.assetId
    ? await tx.asset.findFirst({ where: { id: input.assetId, clientId }, select: { id: true, name: true, class: true, isSupported: true } })
    : null;
  if (input.assetId && !asset) throw notFound('The asset');

  const contract = await findGoverningContract(tx, { clientId, clientTimezone: client.timezone, ticketContractId: null, at: now });
  const terms = (await termsResolver(tx, { clientTimezone: client.timezone, contractId: contract?.id ?? null }))(now);
  const calendar = contract?.kind === 'managed' ? terms.tier?.calendar : undefined;
  const startedAt = (calendar && firstWorkingSlot(calendar, now, PREVIEW_MINUTES)) || now;

  const tier = contract?.kind === 'managed' ? terms.tier : null;
  const hasQuota = tier?.helpdeskSessionsPerMonth != null;
  const month = monthKey(client.timezone, startedAt);
  let quotaUsed = 0;
  if (hasQuota) {
    const { start, end } = clientMonthBounds(client.timezone, month);
    const used = await tx.billingDecision.aggregate({
      where: { isCurrent: true, timeEntry: { clientId, startedAt: { gte: start, lt: end } } },
      _sum: { quotaSessions: true },
    });
    quotaUsed = used._sum.quotaSessions ?? 0;
  }
  let retainerUnits = 0;
  if (contract?.kind === 'retainer') {
    const sum = await tx.retainerLedgerEntry.aggregate({ where: { contractId: contract.id }, _sum: { units: true } });
    retainerUnits = sum._sum.units ?? 0;
  }
  const state = () =>
    createAllowanceState({
      quotaSessionsUsed: { [month]: quotaUsed },
      lots: retainerUnits > 0 ? [{ id: 'balance', effectiveAt: new Date(0), expiresAt: null, units: retainerUnits }] : [],
    });

  const { type, priority } = classifyRequest({ kind: input.kind, urgency: 'medium', impact: 'just_me' });
  const work = (minutes: number): WorkFacts => ({
    entryId: 'preview',
    startedAt,
    endedAt: new Date(startedAt.getTime() + minutes * 60_000),
    minutes,
    mode: 'remote',
    isInternal: false,
    ticket: { id: 'preview', type, phase: null, priority },
    assets: asset ? [asset] : [],
    approval: null,
  });
  const decision = decide(work(PREVIEW_MINUTES), terms, state());
  const largerDecision = input.kind === 'new' ? decide(work(LARGER_MINUTES), terms, state()) : null;
  const granularity = terms.contract?.rounding.granularityMinutes ?? 15;

  return phraseCoverage({
    kind: input.kind,
    agreement: contract ? { kind: contract.kind, name: tier?.name ?? AGREEMENT_LABELS[contract.kind] } : null,
    decision,
    largerDecision,
    quota: hasQuota ? { included: tier!.helpdeskSessionsPerMonth!, used: quotaUsed } : null,
    retainerMinutesLeft: contract?.kind === 'retainer' ? retainerUnits * granularity : null,
    minorAllowanceMinutes: tier?.minorRequestAllowanceMinutes ?? null,
    sessionMinutes: tier?.helpdeskSessionMinutes ?? null,
    outsideHoursNow: calendar && !isWithinSupportHours(calendar, now) ? describeCalendar({ ...calendar, holidays: [] }) : null,
  });
}
