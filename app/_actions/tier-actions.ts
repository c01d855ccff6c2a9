'use server';

import { z } from 'zod';
import { action } from '@/app/_lib/action.ts';
import { ADMIN_ONLY } from '@/lib/server/tiers/tier-terms-input.ts';
import { createTier } from '@/lib/server/tiers/create-tier.ts';
import { updateTier } from '@/lib/server/tiers/update-tier.ts';
import { retireTier } from '@/lib/server/tiers/retire-tier.ts';
import { previewDecision } from '@/lib/server/tiers/preview-decision.ts';
import { tierEditFormSchema, tierFormSchema, tierPreviewFormSchema } from './tier-form.ts';

export const createTierAction = action(tierFormSchema, ADMIN_ONLY, async (input, actor) => {
  const created = await createTier({ actor, input });
  return { message: `Tier ${input.name} created.`, revalidate: ['/admin/tiers', '/admin'], redirectTo: `/admin/tiers/${created.id}` };
});

export const updateTierAction = action(tierEditFormSchema, ADMIN_ONLY, async (input, actor) => {
  const { newVersion, report } = await updateTier({ actor, input });
  const passed = report.scenarioResults.length ? ` ${report.scenarioResults.length} scenario test${report.scenarioResults.length === 1 ? '' : 's'} pass.` : '';
  return {
    message: newVersion ? `Saved as version ${newVersion}.${passed}` : `Saved; the terms did not change, so no new version.${passed}`,
    revalidate: [`/admin/tiers/${input.tierId}`, '/admin/tiers', '/admin'],
  };
});

/** Called by the form as it changes (debounced): the engine's decision on the unsaved terms. */
export const previewTierAction = action(tierPreviewFormSchema, ADMIN_ONLY, async (input, actor) => {
  return { data: await previewDecision({ actor, input }) };
});

const checkbox = z.preprocess((value) => value === 'on' || value === 'true' || value === true, z.boolean());

export const retireTierAction = action(z.object({ tierId: z.uuid(), isRetired: checkbox }), ADMIN_ONLY, async (input, actor) => {
  const result = await retireTier({ actor, input });
  const note = result.isRetired && result.activeContracts ? ` ${result.activeContracts} active contract${result.activeContracts === 1 ? '' : 's'} keep it until they end.` : '';
  return { message: `${result.name} is ${result.isRetired ? 'retired' : 'available again'}.${note}`, revalidate: [`/admin/tiers/${input.tierId}`, '/admin/tiers', '/admin'] };
});
