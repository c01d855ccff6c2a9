import type { z } from 'zod';
import { AppError } from './app-error.ts';

/** Field path → messages, for forms and for API error bodies. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : '_form';
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fieldErrors = fieldErrorsOf(result.error);
  const first = Object.entries(fieldErrors)[0];
  const message = first ? `${first[0] === '_form' ? '' : `${first[0]}: `}${first[1][0]}` : 'Invalid input.';
  throw new AppError('invalid', message, { fieldErrors });
}
