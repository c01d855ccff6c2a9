'use server';

import { z } from 'zod';
import { action } from '@/app/_lib/action.ts';
import { createApiToken } from '@/lib/server/api-tokens/create-api-token.ts';
import { revokeApiToken } from '@/lib/server/api-tokens/revoke-api-token.ts';

export const createApiTokenAction = action(
  z.object({ name: z.string(), userId: z.preprocess((v) => (v === '' ? undefined : v), z.uuid().optional()) }),
  { roles: ['admin'] },
  async (input, actor) => {
    const created = await createApiToken({ actor, input });
    // the secret is shown once, in the form's result
    return { message: `Token “${created.name}” created. Copy it now; it is not shown again: ${created.token}`, data: { token: created.token }, revalidate: ['/admin/api-tokens'] };
  },
);

export const revokeApiTokenAction = async (formData: FormData) => {
  await revokeTokenAction(null, formData);
};

const revokeTokenAction = action(z.object({ tokenId: z.uuid() }), { roles: ['admin'] }, async (input, actor) => {
  await revokeApiToken({ actor, input: { tokenId: input.tokenId } });
  return { message: 'Token revoked.', revalidate: ['/admin/api-tokens'] };
});
