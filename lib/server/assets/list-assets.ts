import { z } from 'zod';
import { db, type DbTx } from '@/lib/db/client.ts';
import { Prisma } from '@/lib/db/generated/client.ts';
import type { AssetClass, AssetLifecycle } from '@/lib/db/generated/enums.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { CUSTOMER_ROLES, STAFF_ROLES } from '@/lib/auth/roles.ts';
import { clientScopeFor } from '@/lib/db/scope.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { ASSET_CLASSES, ASSET_LIFECYCLES, dateKey } from './asset-input.ts';

/** Query strings: '' means "no filter"; a checkbox sends 'on'. */
const blankToUndefined = (value: unknown) => (value === '' || value === null ? undefined : value);
const flag = z.preprocess(
  (value) => (typeof value === 'string' ? ['on', 'true', '1', 'yes'].includes(value.toLowerCase()) : value),
  z.boolean(),
);

export const listAssetsSchema = z.object({
  clientId: z.preprocess(blankToUndefined, z.uuid('Choose a client.').optional()),
  class: z.preprocess(blankToUndefined, z.enum(ASSET_CLASSES, { error: 'Choose an asset class.' }).optional()),
  siteId: z.preprocess(blankToUndefined, z.uuid('Choose a site.').optional()),
  lifecycle: z.preprocess(blankToUndefined, z.enum(ASSET_LIFECYCLES, { error: 'Choose a lifecycle status.' }).optional()),
  expiringWithinDays: z.preprocess(
    blankToUndefined,
    z.coerce.number({ error: 'Enter a number of days.' }).int('Enter a whole number of days.').min(0, 'Enter 0 days or more.').max(3650, 'Look at most 3,650 days ahead.').optional(),
  ),
  unsupportedOnly: flag.default(false),
  q: z.preprocess(blankToUndefined, z.string().trim().max(200, 'Search for at most 200 characters.').optional()),
  sort: z.preprocess(blankToUndefined, z.enum(['name', 'expiry']).default('name')),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(5).max(200).default(25),
});
export type ListAssetsInput = z.input<typeof listAssetsSchema>;

export interface AssetListItem {
  id: string;
  name: string;
  class: AssetClass;
  lifecycle: AssetLifecycle;
  make: string | null;
  model: string | null;
  serialNumber: string | null;
  clientId: string;
  clientName: string;
  siteName: string | null;
  warrantyExpiresOn: Date | null;
  licenceExpiresOn: Date | null;
  isSupported: boolean;
}

export interface AssetListPage {
  items: AssetListItem[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The WHERE of a list: the actor's scope first, then the chosen filters. */
function whereSql(actor: Actor, input: z.infer<typeof listAssetsSchema>, now: Date): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  const scope = clientScopeFor(actor);
  if (scope.clientId) conditions.push(Prisma.sql`a."clientId" = ${scope.clientId}::uuid`);
  if (input.clientId) conditions.push(Prisma.sql`a."clientId" = ${input.clientId}::uuid`);
  if (input.class) conditions.push(Prisma.sql`a."class" = ${input.class}::"AssetClass"`);
  if (input.siteId) conditions.push(Prisma.sql`a."siteId" = ${input.siteId}::uuid`);
  if (input.lifecycle) conditions.push(Prisma.sql`a."lifecycle" = ${input.lifecycle}::"AssetLifecycle"`);
  if (input.unsupportedOnly) conditions.push(Prisma.sql`a."isSupported" = false`);
  if (input.expiringWithinDays !== undefined) {
    const from = dateKey(now);
    const until = dateKey(new Date(now.getTime() + input.expiringWithinDays * 86_400_000));
    conditions.push(Prisma.sql`(a."warrantyExpiresOn" BETWEEN ${from}::date AND ${until}::date OR a."licenceExpiresOn" BETWEEN ${from}::date AND ${until}::date)`);
  }
  if (input.q) {
    const pattern = likePattern(input.q);
    conditions.push(Prisma.sql`(a."name" ILIKE ${pattern} OR a."make" ILIKE ${pattern} OR a."model" ILIKE ${pattern} OR a."serialNumber" ILIKE ${pattern})`);
  }
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
}

/**
 * One page of configuration items, across clients for staff and only their own for customers.
 * "Expiring within N days" means a warranty or licence ends between today (UTC) and today + N;
 * sorting by expiry uses whichever of the two ends first.
 */
export async function listAssets(
  options: { actor: Actor | null; input: ListAssetsInput; now?: Date },
  tx: DbTx = db,
): Promise<AssetListPage> {
  const actor = authorize(options.actor, { roles: [...STAFF_ROLES, ...CUSTOMER_ROLES] });
  const input = parseOrThrow(listAssetsSchema, options.input);
  const where = whereSql(actor, input, options.now ?? new Date());
  const orderBy =
    input.sort === 'expiry'
      ? Prisma.sql`ORDER BY LEAST(a."warrantyExpiresOn", a."licenceExpiresOn") ASC NULLS LAST, lower(a."name"), a."id"`
      : Prisma.sql`ORDER BY lower(a."name"), a."id"`;

  const [countRows, idRows] = await Promise.all([
    tx.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Asset" a ${where}`,
    tx.$queryRaw<{ id: string }[]>`SELECT a."id" FROM "Asset" a ${where} ${orderBy} LIMIT ${input.pageSize} OFFSET ${(input.page - 1) * input.pageSize}`,
  ]);
  const ids = idRows.map((row) => row.id);
  const rows = ids.length
    ? await tx.asset.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          name: true,
          class: true,
          lifecycle: true,
          make: true,
          model: true,
          serialNumber: true,
          clientId: true,
          warrantyExpiresOn: true,
          licenceExpiresOn: true,
          isSupported: true,
          client: { select: { name: true } },
          site: { select: { name: true } },
        },
      })
    : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const total = countRows[0]?.total ?? 0;
  return {
    items: ids.flatMap((id) => {
      const row = byId.get(id);
      if (!row) return [];
      const { client, site, ...rest } = row;
      return [{ ...rest, clientName: client.name, siteName: site?.name ?? null }];
    }),
    total,
    page: input.page,
    pageSize: input.pageSize,
    pageCount: Math.max(1, Math.ceil(total / input.pageSize)),
  };
}
