import { z } from 'zod';
import { db, type Db, type DbTx } from '@/lib/db/client.ts';
import type { AssetClass, AssetLifecycle } from '@/lib/db/generated/enums.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { AppError } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { parseCsv } from '@/lib/utils/parse-csv.ts';
import { ASSET_CLASSES, ASSET_LIFECYCLES, lockClientCmdb, parseDateOnly } from './asset-input.ts';

export const MAX_IMPORT_ROWS = 5_000;
export const MAX_IMPORT_BYTES = 1_048_576;
export const IMPORT_COLUMNS = ['name', 'class', 'make', 'model', 'serial', 'os', 'site', 'lifecycle', 'warranty_expires', 'licence_expires', 'supported'] as const;
type Column = (typeof IMPORT_COLUMNS)[number];
/** Spellings people type for the same columns. */
const COLUMN_ALIASES: Record<string, Column> = { serial_number: 'serial', operating_system: 'os', license_expires: 'licence_expires' };

export interface ImportRow {
  line: number;
  name: string;
  class: AssetClass;
  make: string | null;
  model: string | null;
  serialNumber: string | null;
  operatingSystem: string | null;
  siteId: string | null;
  siteName: string | null;
  lifecycle: AssetLifecycle;
  /** YYYY-MM-DD */
  warrantyExpiresOn: string | null;
  licenceExpiresOn: string | null;
  isSupported: boolean;
}
export interface ImportPreview {
  valid: ImportRow[];
  rejected: { line: number; errors: string[] }[];
}

const importSchema = z.object({
  clientId: z.uuid('Choose a client.'),
  csv: z
    .string({ error: 'Paste CSV text or choose a .csv file.' })
    .refine((text) => text.trim() !== '', 'Paste CSV text or choose a .csv file.')
    .refine((text) => Buffer.byteLength(text, 'utf8') <= MAX_IMPORT_BYTES, 'The CSV is larger than 1 MB; split it into smaller files.'),
});
type ImportInput = { actor: Actor | null; clientId: string; csv: string };

const csvError = (message: string) => new AppError('invalid', message, { fieldErrors: { csv: [message] } });
const token = (value: string) => value.trim().toLowerCase().replace(/[\s-]+/g, '_');
const CLASS_ALIASES: Record<string, AssetClass> = { software_license: 'software_licence', licence: 'software_licence', license: 'software_licence', cloud: 'cloud_service' };
const YES = ['', 'yes', 'y', 'true', '1'];
const NO = ['no', 'n', 'false', '0'];

function columnIndexes(header: string[]): Map<Column, number> {
  const indexes = new Map<Column, number>();
  header.forEach((raw, index) => {
    const name = token(raw);
    const column = (IMPORT_COLUMNS as readonly string[]).includes(name) ? (name as Column) : COLUMN_ALIASES[name];
    if (!column) throw csvError(`Unknown column “${raw.trim()}” in the header; the columns are: ${IMPORT_COLUMNS.join(', ')}.`);
    if (indexes.has(column)) throw csvError(`The column “${column}” appears twice in the header.`);
    indexes.set(column, index);
  });
  for (const required of ['name', 'class'] as const) {
    if (!indexes.has(required)) throw csvError(`The header needs a “${required}” column; the columns are: ${IMPORT_COLUMNS.join(', ')}.`);
  }
  return indexes;
}

/** Parses and checks every row against the client's CMDB and sites; nothing is written. */
async function buildPreview(tx: DbTx, clientId: string, csv: string): Promise<ImportPreview> {
  const parsed = parseCsv(csv);
  if (parsed.error) throw csvError(`Line ${parsed.error.line}: ${parsed.error.message}`);
  const [headerRecord, ...records] = parsed.records;
  if (!headerRecord || records.length === 0) throw csvError('The CSV needs a header row and at least one asset row.');
  if (records.length > MAX_IMPORT_ROWS) throw csvError(`Import at most ${MAX_IMPORT_ROWS.toLocaleString('en-US')} rows at a time; this file has ${records.length.toLocaleString('en-US')}.`);
  const columns = columnIndexes(headerRecord.fields);

  const [sites, existing] = await Promise.all([
    tx.site.findMany({ where: { clientId }, select: { id: true, name: true } }),
    tx.asset.findMany({ where: { clientId }, select: { name: true } }),
  ]);
  const siteByName = new Map(sites.map((site) => [site.name.trim().toLowerCase(), site]));
  const existingNames = new Set(existing.map((asset) => asset.name.trim().toLowerCase()));
  const firstLineOfName = new Map<string, number>();
  const preview: ImportPreview = { valid: [], rejected: [] };

  for (const record of records) {
    const errors: string[] = [];
    if (record.fields.length !== headerRecord.fields.length) {
      preview.rejected.push({ line: record.line, errors: [`Has ${record.fields.length} fields; the header has ${headerRecord.fields.length}.`] });
      continue;
    }
    const get = (column: Column) => {
      const index = columns.get(column);
      return index === undefined ? '' : record.fields[index].trim();
    };
    const text = (column: Column, label: string) => {
      const value = get(column);
      if (value.length > 200) errors.push(`${label} is longer than 200 characters.`);
      return value === '' ? null : value;
    };

    const name = get('name');
    const nameKey = name.toLowerCase();
    if (!name) errors.push('Name is missing.');
    else if (name.length > 200) errors.push('Name is longer than 200 characters.');
    else if (existingNames.has(nameKey)) errors.push(`“${name}” is already in this client’s CMDB.`);
    else if (firstLineOfName.has(nameKey)) errors.push(`Duplicate name “${name}” (also on line ${firstLineOfName.get(nameKey)}).`);
    else firstLineOfName.set(nameKey, record.line);

    const rawClass = get('class');
    const classToken = token(rawClass);
    const assetClass = (ASSET_CLASSES as readonly string[]).includes(classToken) ? (classToken as AssetClass) : CLASS_ALIASES[classToken];
    if (!rawClass) errors.push('Class is missing.');
    else if (!assetClass) errors.push(`Unknown class “${rawClass}” (use one of: ${ASSET_CLASSES.join(', ')}).`);

    const siteName = get('site');
    const site = siteName ? siteByName.get(siteName.toLowerCase()) : undefined;
    if (siteName && !site) errors.push(`Unknown site “${siteName}”${sites.length ? ` (this client has: ${sites.map((s) => s.name).join(', ')})` : ' (this client has no sites)'}.`);

    const rawLifecycle = get('lifecycle');
    const lifecycle = rawLifecycle ? (ASSET_LIFECYCLES as readonly string[]).find((value) => value === token(rawLifecycle)) : 'active';
    if (!lifecycle) errors.push(`Unknown lifecycle “${rawLifecycle}” (use one of: ${ASSET_LIFECYCLES.join(', ')}).`);

    const date = (column: 'warranty_expires' | 'licence_expires') => {
      const value = get(column);
      if (!value) return null;
      if (!parseDateOnly(value)) errors.push(`Bad ${column} date “${value}” (use YYYY-MM-DD).`);
      return value;
    };
    const warrantyExpiresOn = date('warranty_expires');
    const licenceExpiresOn = date('licence_expires');

    const supported = get('supported').toLowerCase();
    if (!YES.includes(supported) && !NO.includes(supported)) errors.push(`Supported must be yes or no, not “${get('supported')}”.`);

    const row = {
      line: record.line,
      name,
      make: text('make', 'Make'),
      model: text('model', 'Model'),
      serialNumber: text('serial', 'Serial'),
      operatingSystem: text('os', 'OS'),
    };
    if (errors.length || !assetClass || !lifecycle) {
      preview.rejected.push({ line: record.line, errors });
      continue;
    }
    preview.valid.push({
      ...row,
      class: assetClass,
      siteId: site?.id ?? null,
      siteName: site?.name ?? null,
      lifecycle: lifecycle as AssetLifecycle,
      warrantyExpiresOn,
      licenceExpiresOn,
      isSupported: !NO.includes(supported),
    });
  }
  return preview;
}

async function checkedInput(tx: DbTx, options: ImportInput) {
  const actor = authorize(options.actor, { roles: STAFF_ROLES });
  const input = parseOrThrow(importSchema, { clientId: options.clientId, csv: options.csv });
  const client = await tx.client.findUnique({ where: { id: input.clientId }, select: { id: true } });
  if (!client) throw new AppError('invalid', 'Choose a client.', { fieldErrors: { clientId: ['Choose a client.'] } });
  return { actor, ...input };
}

/** What an import would do: the rows it would add and the rows it would reject, with reasons. */
export async function previewAssetImport(options: ImportInput, tx: DbTx = db): Promise<ImportPreview> {
  const input = await checkedInput(tx, options);
  return buildPreview(tx, input.clientId, input.csv);
}

/** Checks the CSV again against the CMDB as it is now and inserts the valid rows in one transaction. */
export async function commitAssetImport(
  options: ImportInput,
  database: Db = db,
): Promise<{ imported: number; rejected: ImportPreview['rejected'] }> {
  const actor = authorize(options.actor, { roles: STAFF_ROLES });
  return database.$transaction(
    async (tx) => {
      const input = await checkedInput(tx, { ...options, actor });
      await lockClientCmdb(tx, input.clientId);
      const preview = await buildPreview(tx, input.clientId, input.csv);
      if (preview.valid.length > 0) {
        await tx.asset.createMany({
          data: preview.valid.map(({ line: _line, siteName: _siteName, warrantyExpiresOn, licenceExpiresOn, ...row }) => ({
            ...row,
            clientId: input.clientId,
            warrantyExpiresOn: warrantyExpiresOn ? parseDateOnly(warrantyExpiresOn) : null,
            licenceExpiresOn: licenceExpiresOn ? parseDateOnly(licenceExpiresOn) : null,
          })),
        });
        await recordAudit(tx, {
          actor,
          action: 'asset.imported',
          entityType: 'Client',
          entityId: input.clientId,
          clientId: input.clientId,
          after: { imported: preview.valid.length, rejected: preview.rejected.length },
        });
      }
      return { imported: preview.valid.length, rejected: preview.rejected };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
