import 'server-only';
import type { z } from 'zod';
import { redirect, unstable_rethrow } from 'next/navigation';
import { formDataToObject } from './form-data.ts';
import type { ActionResult, ActionState } from './action.ts';
import { isAppError } from '@/lib/errors/app-error.ts';
import { fieldErrorsOf } from '@/lib/errors/zod-errors.ts';

/**
 * `action()` for the few forms used before anyone is signed in (accepting an invitation,
 * resetting a password): the same parsing and error mapping, with no session and no role.
 * The use case itself is the check (a valid single-use token, a rate limit).
 */
export function publicAction<S extends z.ZodType>(schema: S, handler: (input: z.infer<S>) => Promise<ActionResult | void>) {
  return async (_previous: ActionState | null, formData: FormData): Promise<ActionState> => {
    let result: ActionResult | void;
    try {
      const parsed = schema.safeParse(formDataToObject(formData));
      if (!parsed.success) {
        return { ok: false, message: 'Please correct the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error) };
      }
      result = await handler(parsed.data);
    } catch (error) {
      unstable_rethrow(error);
      if (isAppError(error)) {
        const hasFieldErrors = error.fieldErrors && Object.keys(error.fieldErrors).some((key) => key !== '_form');
        return { ok: false, message: hasFieldErrors ? 'Please correct the highlighted fields.' : error.message, fieldErrors: error.fieldErrors };
      }
      console.error('Unexpected error in a public server action', error);
      return { ok: false, message: 'Something went wrong; nothing was saved. Please try again.' };
    }
    if (result?.redirectTo) redirect(result.redirectTo);
    return { ok: true, message: result?.message, data: result?.data };
  };
}
