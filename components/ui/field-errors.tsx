import * as React from 'react';
import { cn } from '@/lib/utils/cn';

export type FieldErrorValue = string | ReadonlyArray<string> | null | undefined;

/** Normalise `string | string[] | undefined` into a de-duplicated list of non-empty messages. */
export function normalizeErrors(error: FieldErrorValue): string[] {
  if (!error) return [];
  const list = typeof error === 'string' ? [error] : [...error];
  return [...new Set(list.filter((e) => e.trim() !== ''))];
}

/**
 * Pick one field's errors from a field-error map such as Zod's `z.flattenError(err).fieldErrors`
 * or an action state `{ fieldErrors }`: `getFieldError(state?.fieldErrors, 'email')`.
 */
export function getFieldError(
  errors: Partial<Record<string, FieldErrorValue>> | null | undefined,
  name: string,
): string[] | undefined {
  const list = normalizeErrors(errors?.[name]);
  return list.length > 0 ? list : undefined;
}

export const fieldErrorId = (id: string) => `${id}-error`;
export const fieldHintId = (id: string) => `${id}-hint`;

/**
 * Error text for one control. Renders nothing when there are no errors. Its element id is
 * `${id}-error` (what FormField puts in the control's aria-describedby).
 */
export function FieldError({ id, error, className }: { id: string; error: FieldErrorValue; className?: string }) {
  const list = normalizeErrors(error);
  if (list.length === 0) return null;
  if (list.length === 1) {
    return (
      <p id={fieldErrorId(id)} data-slot="field-error" className={cn('text-sm text-destructive', className)}>
        {list[0]}
      </p>
    );
  }
  return (
    <ul
      id={fieldErrorId(id)}
      data-slot="field-error"
      className={cn('list-inside list-disc text-sm text-destructive', className)}
    >
      {list.map((e) => (
        <li key={e}>{e}</li>
      ))}
    </ul>
  );
}

/**
 * Form-level message (e.g. an action's `formError`), announced by screen readers when it appears.
 * Renders nothing when empty.
 */
export function FormErrors({ error, className }: { error: FieldErrorValue; className?: string }) {
  const list = normalizeErrors(error);
  if (list.length === 0) return null;
  return (
    <div
      role="alert"
      data-slot="form-errors"
      className={cn(
        'rounded-md border border-destructive/30 bg-destructive/10 px-3 py-2 text-sm text-destructive',
        className,
      )}
    >
      {list.length === 1 ? (
        <p>{list[0]}</p>
      ) : (
        <ul className="list-inside list-disc">
          {list.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
