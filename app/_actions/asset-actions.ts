'use server';

import { z } from 'zod';
import { action } from '@/app/_lib/action.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { AppError, isAppError } from '@/lib/errors/app-error.ts';
import { createAsset, createAssetSchema } from '@/lib/server/assets/create-asset.ts';
import { updateAsset, updateAssetSchema } from '@/lib/server/assets/update-asset.ts';
import { retireAsset } from '@/lib/server/assets/retire-asset.ts';
import { linkAssets } from '@/lib/server/assets/link-assets.ts';
import { unlinkAssets } from '@/lib/server/assets/unlink-assets.ts';
import { commitAssetImport, MAX_IMPORT_BYTES, previewAssetImport } from '@/lib/server/assets/import-assets-csv.ts';

const staff = { roles: STAFF_ROLES };
/** An unchecked checkbox sends nothing. */
const checkbox = z.preprocess((value) => value === 'on' || value === true, z.boolean());
const assetPath = (id: string) => `/console/assets/${id}`;

export const createAssetAction = action(createAssetSchema.extend({ isSupported: checkbox }), staff, async (input, actor) => {
  const created = await createAsset({ actor, input });
  return { message: `${created.name} was added.`, revalidate: ['/console/assets'], redirectTo: assetPath(created.id) };
});

export const updateAssetAction = action(updateAssetSchema.extend({ assetId: z.string(), isSupported: checkbox }), staff, async ({ assetId, ...input }, actor) => {
  const updated = await updateAsset({ actor, assetId, input });
  return { message: `${updated.name} was saved.`, revalidate: ['/console/assets', assetPath(assetId)] };
});

export const retireAssetAction = action(z.object({ assetId: z.string() }), staff, async ({ assetId }, actor) => {
  const retired = await retireAsset({ actor, assetId });
  return { message: `${retired.name} is retired.`, revalidate: ['/console/assets', assetPath(assetId)] };
});

/** The use cases name the ends fromId/toId; the form has this asset and the other one. */
async function reportOnOtherAsset<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isAppError(error) || !error.fieldErrors) throw error;
    const { fromId = [], toId = [], ...rest } = error.fieldErrors;
    throw new AppError(error.code, error.message, { fieldErrors: { ...rest, otherId: [...fromId, ...toId] } });
  }
}

const linkFormSchema = z.object({
  assetId: z.string(),
  otherId: z.string().min(1, 'Choose the other asset.'),
  relation: z.enum(['depends_on', 'required_by', 'connected_to'], { error: 'Choose how the assets are related.' }),
});

export const linkAssetsAction = action(linkFormSchema, staff, async ({ assetId, otherId, relation }, actor) => {
  const input =
    relation === 'required_by' ? { fromId: otherId, toId: assetId, kind: 'depends_on' as const } : { fromId: assetId, toId: otherId, kind: relation };
  await reportOnOtherAsset(() => linkAssets({ actor, input }));
  return { message: 'Relationship added.', revalidate: [assetPath(assetId), assetPath(otherId)] };
});

const unlinkFormSchema = z.object({ assetId: z.string(), fromId: z.string(), toId: z.string(), kind: z.enum(['depends_on', 'connected_to']) });

export const unlinkAssetsAction = action(unlinkFormSchema, staff, async ({ assetId, fromId, toId, kind }, actor) => {
  await unlinkAssets({ actor, input: { fromId, toId, kind } });
  return { message: 'Relationship removed.', revalidate: [assetPath(assetId), assetPath(fromId === assetId ? toId : fromId)] };
});

const PREVIEW_ROWS_SHOWN = 100;

const previewFormSchema = z.object({
  clientId: z.string().default(''),
  csv: z.string().default(''),
  file: z
    .instanceof(File)
    .refine((file) => file.size <= MAX_IMPORT_BYTES, 'The file is larger than 1 MB; split it into smaller files.')
    .refine((file) => /\.csv$/i.test(file.name) || file.type.startsWith('text/'), 'Choose a .csv file.')
    .optional(),
});

/** Reads the upload (or the pasted text) and shows what an import would do; nothing is written. */
export const previewAssetImportAction = action(previewFormSchema, staff, async (input, actor) => {
  const csv = input.file ? await input.file.text() : input.csv;
  const preview = await previewAssetImport({ actor, clientId: input.clientId, csv });
  return {
    data: {
      clientId: input.clientId,
      csv,
      validCount: preview.valid.length,
      validRows: preview.valid.slice(0, PREVIEW_ROWS_SHOWN),
      rejected: preview.rejected,
    },
  };
});

export const commitAssetImportAction = action(z.object({ clientId: z.string(), csv: z.string() }), staff, async (input, actor) => {
  const result = await commitAssetImport({ actor, clientId: input.clientId, csv: input.csv });
  const skipped = result.rejected.length ? ` ${result.rejected.length} rejected row${result.rejected.length === 1 ? ' was' : 's were'} skipped.` : '';
  return {
    message: result.imported ? `Imported ${result.imported} asset${result.imported === 1 ? '' : 's'}.${skipped}` : `Nothing was imported.${skipped}`,
    data: { imported: result.imported, rejected: result.rejected },
    revalidate: ['/console/assets'],
  };
});
