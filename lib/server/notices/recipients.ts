import type { DbTx } from '@/lib/db/client.ts';
import type { Recipient } from './deliver-notice.ts';

/** Who hears about a client's renewals: its account manager and every admin (active users only). */
export async function staffFor(tx: DbTx, accountManagerId: string | null): Promise<Recipient[]> {
  return tx.user.findMany({
    where: { isActive: true, OR: [{ role: 'admin' }, ...(accountManagerId ? [{ id: accountManagerId }] : [])] },
    orderBy: { email: 'asc' },
    select: { id: true, email: true },
  });
}

export async function customerAdminsOf(tx: DbTx, clientId: string): Promise<Recipient[]> {
  return tx.user.findMany({ where: { clientId, role: 'customer_admin', isActive: true }, orderBy: { email: 'asc' }, select: { id: true, email: true } });
}

export async function accountManagerOf(tx: DbTx, accountManagerId: string | null): Promise<Recipient[]> {
  if (!accountManagerId) return [];
  return tx.user.findMany({ where: { id: accountManagerId, isActive: true }, select: { id: true, email: true } });
}

export async function admins(tx: DbTx): Promise<Recipient[]> {
  return tx.user.findMany({ where: { role: 'admin', isActive: true }, orderBy: { email: 'asc' }, select: { id: true, email: true } });
}
