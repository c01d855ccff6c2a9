import { z } from 'zod';
import type { DbTx } from '@/lib/db/client.ts';
import type { AssetClass, AssetLifecycle, AssetRelationKind } from '@/lib/db/generated/enums.ts';
import { AppError } from '@/lib/errors/app-error.ts';

export const ASSET_CLASSES = [
  'server',
  'workstation',
  'firewall',
  'router',
  'switch',
  'wireless',
  'backup',
  'software_licence',
  'cloud_service',
  'other',
] as const satisfies readonly AssetClass[];
export const ASSET_LIFECYCLES = ['planned', 'active', 'in_repair', 'retired'] as const satisfies readonly AssetLifecycle[];
/** Retiring is its own step (retire-asset), so forms offer only these. */
export const EDITABLE_LIFECYCLES = ['planned', 'active', 'in_repair'] as const satisfies readonly AssetLifecycle[];
export const RELATION_KINDS = ['depends_on', 'connected_to'] as const satisfies readonly AssetRelationKind[];

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** 'YYYY-MM-DD' → that calendar day at 00:00 UTC (how @db.Date values travel); null when not a real date. */
export function parseDateOnly(value: string): Date | null {
  if (!DATE_ONLY.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value ? date : null;
}

export const dateKey = (date: Date): string => date.toISOString().slice(0, 10);

/** Form fields arrive as strings: trim them, and treat a blank one as "no value". */
const blankToNull = (value: unknown) => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
};

const optionalText = (label: string, max = 200) =>
  z.preprocess(blankToNull, z.string({ error: `${label} must be text.` }).max(max, `${label} must be at most ${max} characters.`).nullable()).optional();

const dateOnly = (label: string) =>
  z
    .preprocess(
      (value) => (value instanceof Date ? dateKey(value) : blankToNull(value)),
      z
        .string({ error: `${label}: enter a date as YYYY-MM-DD.` })
        .nullable()
        .transform((value, ctx) => {
          if (value === null) return null;
          const date = parseDateOnly(value);
          if (!date) {
            ctx.addIssue({ code: 'custom', message: `${label}: enter a real date as YYYY-MM-DD.` });
            return z.NEVER;
          }
          return date;
        }),
    )
    .optional();

export const assetNameSchema = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim() : value),
  z.string({ error: 'Enter a name.' }).min(1, 'Enter a name.').max(200, 'A name must be at most 200 characters.'),
);

export const assetClassSchema = z.enum(ASSET_CLASSES, { error: 'Choose a class: server, workstation, firewall, router, switch, wireless, backup, software licence, cloud service or other.' });

/** The editable fields of a configuration item; create requires name and class, update none. */
export const assetFieldsSchema = z.object({
  name: assetNameSchema,
  class: assetClassSchema,
  siteId: z.preprocess(blankToNull, z.uuid('Choose a site.').nullable()).optional(),
  make: optionalText('Make'),
  model: optionalText('Model'),
  serialNumber: optionalText('Serial number'),
  operatingSystem: optionalText('Operating system'),
  lifecycle: z.preprocess(
    (value) => (value === '' || value === null ? undefined : value),
    z.enum(EDITABLE_LIFECYCLES, { error: 'Choose planned, active or in repair (use Retire to retire an asset).' }).optional(),
  ).optional(),
  warrantyExpiresOn: dateOnly('Warranty expiry'),
  licenceExpiresOn: dateOnly('Licence expiry'),
  isSupported: z.boolean({ error: 'Say whether the asset is supported.' }).optional(),
  unsupportedReason: optionalText('Reason', 500),
  notes: optionalText('Notes', 5000),
});
export type AssetFields = z.infer<typeof assetFieldsSchema>;

/** Serialises CMDB writes of one client, so two writers cannot both add the same name. */
export async function lockClientCmdb(tx: DbTx, clientId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`cmdb:client:${clientId}`}, 0))`;
}

/** Names are unique within a client's CMDB, ignoring case. */
export async function assertNameFree(tx: DbTx, input: { clientId: string; name: string; exceptId?: string }): Promise<void> {
  const clash = await tx.asset.findFirst({
    where: { clientId: input.clientId, name: { equals: input.name, mode: 'insensitive' }, ...(input.exceptId ? { id: { not: input.exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) {
    throw new AppError('conflict', `This client already has an asset named “${input.name}”.`, {
      fieldErrors: { name: [`This client already has an asset named “${input.name}”.`] },
    });
  }
}

export async function assertSiteOfClient(tx: DbTx, unverifiedSiteId: string, clientId: string): Promise<void> {
  const site = await tx.site.findFirst({ where: { id: unverifiedSiteId, clientId }, select: { id: true } });
  if (!site) throw new AppError('invalid', 'Choose a site of this asset’s client.', { fieldErrors: { siteId: ['Choose a site of this asset’s client.'] } });
}

/** What the audit log keeps of an asset. */
export const assetAuditSelect = {
  name: true,
  class: true,
  siteId: true,
  make: true,
  model: true,
  serialNumber: true,
  operatingSystem: true,
  lifecycle: true,
  warrantyExpiresOn: true,
  licenceExpiresOn: true,
  isSupported: true,
  unsupportedReason: true,
  notes: true,
} as const;
