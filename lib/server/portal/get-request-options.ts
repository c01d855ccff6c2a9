import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { CUSTOMER_ROLES } from '@/lib/auth/roles.ts';
import { describeCalendar } from '@/lib/domain/calendar/index.ts';
import { notFound } from '@/lib/errors/app-error.ts';
import { findGoverningContract, loadTierVersions, tierVersionAt } from '@/lib/server/billing/load-terms.ts';
import { loadSupportContacts } from '@/lib/server/settings/support-contacts.ts';
import { AGREEMENT_LABELS } from './agreement-labels.ts';

export interface RequestOptions {
  assets: { id: string; name: string; class: string; isSupported: boolean }[];
  /** how else the customer may reach the desk: only the channels their tier includes */
  channels: { email: string | null; phone: string | null; hotline: string | null };
  agreementName: string | null;
  supportHours: string | null;
}

/** What the new-request form offers a customer: their own assets and their tier's channels. */
export async function getRequestOptions(options: { actor: Actor | null; now?: Date }, tx: DbTx = db): Promise<RequestOptions> {
  const actor = authorize(options.actor, { roles: CUSTOMER_ROLES });
  const now = options.now ?? new Date();
  const clientId = actor.clientId!;
  const client = await tx.client.findUnique({ where: { id: clientId }, select: { timezone: true } });
  if (!client) throw notFound('Your company');
  const [assets, contract, contacts] = await Promise.all([
    tx.asset.findMany({
      where: { clientId, lifecycle: { not: 'retired' } },
      orderBy: { name: 'asc' },
      select: { id: true, name: true, class: true, isSupported: true },
    }),
    findGoverningContract(tx, { clientId, clientTimezone: client.timezone, ticketContractId: null, at: now }),
    loadSupportContacts(tx),
  ]);
  const tierVersion = contract?.tierId
    ? await tx.tierVersion.findFirst({
        where: { tierId: contract.tierId, effectiveFrom: { lte: now } },
        orderBy: { effectiveFrom: 'desc' },
        select: { channels: true, hotlinePhone: true, tier: { select: { name: true } } },
      })
    : null;
  // without a tier nothing restricts the channels, but there is no hotline either
  const channels = tierVersion?.channels ?? ['portal', 'email', 'phone'];
  const tier = contract?.tierId ? tierVersionAt(await loadTierVersions(tx, contract.tierId, client.timezone), now) : null;
  return {
    assets,
    channels: {
      email: channels.includes('email') ? contacts.email : null,
      phone: channels.includes('phone') ? contacts.phone : null,
      hotline: channels.includes('hotline') ? (tierVersion?.hotlinePhone ?? null) : null,
    },
    agreementName: tierVersion?.tier.name ?? (contract ? AGREEMENT_LABELS[contract.kind] : null),
    supportHours: tier ? describeCalendar({ ...tier.calendar, holidays: [] }) : null,
  };
}
