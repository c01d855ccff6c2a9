import 'server-only';
import type { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { redirect, unstable_rethrow } from 'next/navigation';
import { currentActor } from './session.ts';
import { formDataToObject } from './form-data.ts';
import { authorize, type Requirement } from '@/lib/auth/authorize.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { isAppError } from '@/lib/errors/app-error.ts';
import { fieldErrorsOf } from '@/lib/errors/zod-errors.ts';

export interface ActionState {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  data?: unknown;
}

export interface ActionResult {
  message?: string;
  redirectTo?: string;
  revalidate?: string[];
  data?: unknown;
}

/**
 * The one wrapper for server actions: session → authorize → parse (field-level errors) →
 * use case → revalidate/redirect. Expected errors become form messages; others are logged.
 */
export function action<S extends z.ZodType>(
  schema: S,
  requirement: Requirement,
  handler: (input: z.infer<S>, actor: Actor) => Promise<ActionResult | void>,
) {
  return async (_previous: ActionState | null, formData: FormData): Promise<ActionState> => {
    let result: ActionResult | void;
    try {
      const actor = authorize(await currentActor(), requirement);
      const parsed = schema.safeParse(formDataToObject(formData));
      if (!parsed.success) {
        return { ok: false, message: 'Please correct the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error) };
      }
      result = await handler(parsed.data, actor);
    } catch (error) {
      unstable_rethrow(error);
      if (isAppError(error)) {
        const hasFieldErrors = error.fieldErrors && Object.keys(error.fieldErrors).some((key) => key !== '_form');
        return { ok: false, message: hasFieldErrors ? 'Please correct the highlighted fields.' : error.message, fieldErrors: error.fieldErrors };
      }
      console.error('Unexpected error in server action', error);
      return { ok: false, message: 'Something went wrong; nothing was saved. Please try again.' };
    }
    for (const path of result?.revalidate ?? []) revalidatePath(path);
    if (result?.redirectTo) redirect(result.redirectTo);
    return { ok: true, message: result?.message, data: result?.data };
  };
}
