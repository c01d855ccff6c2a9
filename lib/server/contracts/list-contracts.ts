import { z } from 'zod';
import { db, type DbTx } from '@/lib/db/client.ts';
import type { Prisma } from '@/lib/db/generated/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { addDaysToKey, CONTRACT_KINDS, dateKey, toDbDate } from './contract-input.ts';

export const PAGE_SIZE = 50;

const blank = (value: unknown) => (value === '' ? undefined : value);
export const listContractsSchema = z.object({
  clientId: z.preprocess(blank, z.uuid('Choose a client.').optional()),
  kind: z.preprocess(blank, z.enum(CONTRACT_KINDS, { error: 'Choose a kind.' }).optional()),
  status: z.preprocess(blank, z.enum(['active', 'terminated', 'expired', 'draft'], { error: 'Choose a status.' }).optional()),
  endingWithinDays: z.preprocess(blank, z.coerce.number({ error: 'Give a number of days.' }).int('Whole days.').min(0, 'Zero or more days.').max(3650).optional()),
  page: z.preprocess(blank, z.coerce.number().int().min(1).default(1)),
});

export interface ContractRow {
  id: string;
  number: string;
  name: string;
  clientName: string;
  kind: string;
  tierName: string | null;
  status: string;
  startsOn: string;
  endsOn: string | null;
  terminatedOn: string | null;
  isAutoRenew: boolean;
  monthly: string | null;
  daysLeft: number | null;
  href: string;
}

/**
 * Contracts with filters; "ending within N days" counts from today (UTC) and means running ones.
 * `input` comes straight from the query string and is validated here.
 */
export async function listContracts(options: { actor: Actor | null; input: Record<string, string | undefined>; now?: Date }, tx: DbTx = db) {
  authorize(options.actor, { roles: STAFF_ROLES });
  const input = parseOrThrow(listContractsSchema, options.input);
  const today = (options.now ?? new Date()).toISOString().slice(0, 10);
  const where: Prisma.ContractWhereInput = {
    ...(input.clientId ? { clientId: input.clientId } : {}),
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.status ? { status: input.status } : {}),
    ...(input.endingWithinDays !== undefined
      ? { status: 'active', endsOn: { gte: toDbDate(today), lte: toDbDate(addDaysToKey(today, input.endingWithinDays)) } }
      : {}),
  };
  const [total, rows] = await Promise.all([
    tx.contract.count({ where }),
    tx.contract.findMany({
      where,
      orderBy: [{ endsOn: { sort: 'asc', nulls: 'last' } }, { number: 'asc' }],
      skip: (input.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true, number: true, name: true, kind: true, status: true, startsOn: true, endsOn: true, terminatedOn: true, isAutoRenew: true,
        monthlyFee: true, monthlyBudget: true, client: { select: { name: true } }, tier: { select: { name: true } },
      },
    }),
  ]);
  const items: ContractRow[] = rows.map((c) => ({
    id: c.id,
    number: c.number,
    name: c.name,
    clientName: c.client.name,
    kind: c.kind,
    tierName: c.tier?.name ?? null,
    status: c.status === 'active' && c.terminatedOn ? 'terminating' : c.status,
    startsOn: dateKey(c.startsOn),
    endsOn: c.endsOn ? dateKey(c.endsOn) : null,
    terminatedOn: c.terminatedOn ? dateKey(c.terminatedOn) : null,
    isAutoRenew: c.isAutoRenew,
    monthly: c.monthlyFee ? `${c.monthlyFee.toFixed(2)} fee` : c.monthlyBudget ? `${c.monthlyBudget.toFixed(2)} budget` : null,
    daysLeft: c.endsOn ? Math.round((Date.parse(dateKey(c.endsOn)) - Date.parse(today)) / 86_400_000) : null,
    href: `/console/contracts/${c.id}`,
  }));
  return { items, total, page: input.page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), pageSize: PAGE_SIZE };
}
