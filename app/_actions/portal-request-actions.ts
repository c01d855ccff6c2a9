'use server';

import { z } from 'zod';
import { action } from '@/app/_lib/action.ts';
import { CUSTOMER_ROLES } from '@/lib/auth/roles.ts';
import { previewCoverage, previewCoverageSchema } from '@/lib/server/portal/preview-coverage.ts';
import { submitRequest, submitRequestSchema } from '@/lib/server/portal/submit-request.ts';

const files = z.preprocess(
  (value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
  z.array(z.instanceof(File, { message: 'Attach files only.' })),
);

const submitSchema = submitRequestSchema.omit({ attachments: true }).extend({ attachments: files });

export const submitRequestAction = action(submitSchema, { roles: CUSTOMER_ROLES }, async (input, actor) => {
  const attachments = await Promise.all(input.attachments.map(async (file) => ({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
  const ticket = await submitRequest({ actor, input: { ...input, attachments } });
  return { revalidate: ['/portal'], redirectTo: `/portal/tickets/${ticket.number}?submitted=1` };
});

/** What the agreement says about the request being written; called as the form changes. */
export const previewCoverageAction = action(previewCoverageSchema, { roles: CUSTOMER_ROLES }, async (input, actor) => {
  return { data: await previewCoverage({ actor, input }) };
});
