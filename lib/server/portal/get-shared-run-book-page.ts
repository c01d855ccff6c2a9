import { z } from 'zod';
import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { CUSTOMER_ROLES } from '@/lib/auth/roles.ts';
import { notFound } from '@/lib/errors/app-error.ts';

export interface SharedRunBookPage {
  id: string;
  title: string;
  body: string;
  updatedAt: Date;
}

/** A run-book page the MSP shared with this customer; unshared or another client's is not found. */
export async function getSharedRunBookPage(options: { actor: Actor | null; pageId: string }, tx: DbTx = db): Promise<SharedRunBookPage> {
  const actor = authorize(options.actor, { roles: CUSTOMER_ROLES });
  const id = z.uuid().safeParse(options.pageId);
  if (!id.success) throw notFound('The page');
  const page = await tx.runBookPage.findFirst({
    where: { id: id.data, clientId: actor.clientId!, isSharedWithCustomer: true },
    select: { id: true, title: true, body: true, updatedAt: true },
  });
  if (!page) throw notFound('The page');
  return page;
}
