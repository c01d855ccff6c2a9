import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { CUSTOMER_ROLES } from '@/lib/auth/roles.ts';
import { expiryState, type ExpiryState } from '@/lib/domain/portal/expiry.ts';

export interface EstateAsset {
  id: string;
  name: string;
  class: string;
  make: string | null;
  model: string | null;
  siteName: string | null;
  lifecycle: string;
  isSupported: boolean;
  warrantyExpiresOn: Date | null;
  warrantyState: ExpiryState | null;
  licenceExpiresOn: Date | null;
  licenceState: ExpiryState | null;
}

export interface EstateContract {
  id: string;
  number: string;
  name: string;
  kind: string;
  status: string;
  tierName: string | null;
  startsOn: Date;
  endsOn: Date | null;
  endState: ExpiryState | null;
  isAutoRenew: boolean;
  noticePeriodDays: number;
}

export interface Estate {
  assets: EstateAsset[];
  /** agreements are shown to customer admins only; null for customer users */
  contracts: EstateContract[] | null;
  runBookPages: { id: string; title: string; updatedAt: Date }[];
}

/**
 * The customer's estate: their assets with warranty and licence dates, their agreements with
 * renewal dates (no rates), and the run-book pages the MSP chose to share with them.
 */
export async function getEstate(options: { actor: Actor | null; now?: Date }, tx: DbTx = db): Promise<Estate> {
  const actor = authorize(options.actor, { roles: CUSTOMER_ROLES });
  const now = options.now ?? new Date();
  const clientId = actor.clientId!;
  const isAdmin = actor.role === 'customer_admin';
  const [assets, contracts, runBookPages] = await Promise.all([
    tx.asset.findMany({
      where: { clientId, lifecycle: { not: 'retired' } },
      orderBy: [{ class: 'asc' }, { name: 'asc' }],
      select: {
        id: true,
        name: true,
        class: true,
        make: true,
        model: true,
        lifecycle: true,
        isSupported: true,
        warrantyExpiresOn: true,
        licenceExpiresOn: true,
        site: { select: { name: true } },
      },
    }),
    isAdmin
      ? tx.contract.findMany({
          where: { clientId, status: { in: ['active', 'expired', 'terminated'] } },
          orderBy: [{ status: 'asc' }, { startsOn: 'desc' }],
          select: { id: true, number: true, name: true, kind: true, status: true, startsOn: true, endsOn: true, isAutoRenew: true, noticePeriodDays: true, tier: { select: { name: true } } },
        })
      : null,
    tx.runBookPage.findMany({
      where: { clientId, isSharedWithCustomer: true },
      orderBy: { title: 'asc' },
      select: { id: true, title: true, updatedAt: true },
    }),
  ]);
  return {
    assets: assets.map(({ site, ...asset }) => ({
      ...asset,
      siteName: site?.name ?? null,
      warrantyState: expiryState(asset.warrantyExpiresOn, now),
      licenceState: expiryState(asset.licenceExpiresOn, now),
    })),
    contracts: contracts
      ? contracts.map(({ tier, ...contract }) => ({ ...contract, tierName: tier?.name ?? null, endState: contract.status === 'active' ? expiryState(contract.endsOn, now) : null }))
      : null,
    runBookPages,
  };
}
