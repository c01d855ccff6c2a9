import { z } from 'zod';
import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import type { RetainerView } from '@/lib/server/retainer/get-retainer.ts';
import { contractRecordSelect, snapshotOf, type ContractSnapshot } from './contract-record.ts';

export interface ContractHistoryEntry {
  id: string;
  action: string;
  actor: string | null;
  at: Date;
  before: unknown;
  after: unknown;
}

export interface ContractDetail extends ContractSnapshot {
  id: string;
  client: { id: string; name: string; timezone: string; accountManager: string | null };
  tierName: string | null;
  templateName: string | null;
  coveredAssets: { id: string; name: string; class: string; isSupported: boolean }[];
  /** a retainer's own ledger (oldest first) and balance, the sum of its entries */
  retainer: RetainerView | null;
  retainerBalanceUnits: number | null;
  history: ContractHistoryEntry[];
}

/** Everything about one contract, with its change history from the audit log. */
export async function getContract(options: { actor: Actor | null; contractId: string }, tx: DbTx = db): Promise<ContractDetail> {
  authorize(options.actor, { roles: STAFF_ROLES });
  const id = parseOrThrow(z.uuid('Choose a contract.'), options.contractId);
  const contract = await tx.contract.findUnique({
    where: { id },
    select: {
      ...contractRecordSelect,
      client: { select: { id: true, name: true, timezone: true, accountManager: { select: { name: true } } } },
      tier: { select: { name: true } },
      template: { select: { name: true } },
    },
  });
  if (!contract) throw notFound('The contract');
  const [assets, audits, ledger] = await Promise.all([
    tx.asset.findMany({ where: { id: { in: contract.coveredAssets.map((a) => a.assetId) } }, orderBy: { name: 'asc' }, select: { id: true, name: true, class: true, isSupported: true } }),
    tx.auditLog.findMany({
      where: { entityType: 'Contract', entityId: contract.id },
      orderBy: { createdAt: 'desc' },
      take: 100,
      select: { id: true, action: true, createdAt: true, before: true, after: true, actor: { select: { name: true } } },
    }),
    contract.kind === 'retainer'
      ? tx.retainerLedgerEntry.findMany({
          where: { contractId: contract.id },
          orderBy: [{ effectiveAt: 'asc' }, { createdAt: 'asc' }, { id: 'asc' }],
          select: { effectiveAt: true, units: true, kind: true, timeEntryId: true },
        })
      : null,
  ]);
  const retainer: RetainerView | null = ledger
    ? { balanceUnits: ledger.reduce((sum, e) => sum + e.units, 0), entries: ledger.map((e) => ({ at: e.effectiveAt, units: e.units, kind: e.kind, timeEntryId: e.timeEntryId })) }
    : null;
  return {
    ...snapshotOf(contract),
    id: contract.id,
    client: { id: contract.client.id, name: contract.client.name, timezone: contract.client.timezone, accountManager: contract.client.accountManager?.name ?? null },
    tierName: contract.tier?.name ?? null,
    templateName: contract.template?.name ?? null,
    coveredAssets: assets,
    retainer,
    retainerBalanceUnits: retainer?.balanceUnits ?? null,
    history: audits.map((a) => ({ id: a.id.toString(), action: a.action, actor: a.actor?.name ?? null, at: a.createdAt, before: a.before, after: a.after })),
  };
}
