'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import type { ActionState } from '@/app/_lib/action.ts';
import { Button } from '@/components/ui/button.tsx';
import { Input } from '@/components/ui/input.tsx';
import { FormField } from '@/components/ui/form-field.tsx';
import { FormErrors, getFieldError } from '@/components/ui/field-errors.tsx';

type FormAction = (state: ActionState | null, formData: FormData) => Promise<ActionState>;

/** Choose a password from a single-use link (invitation or reset). */
export function SetPasswordForm(props: { action: FormAction; token: string; email: string; minLength: number; submitLabel: string }) {
  const [state, formAction, isPending] = useActionState(props.action, null);
  if (state?.ok) {
    return (
      <div className="space-y-4">
        <p role="status" className="rounded-md border border-success/30 bg-success/10 p-3 text-sm">{state.message}</p>
        <Button asChild className="w-full"><Link href="/sign-in">Sign in</Link></Button>
      </div>
    );
  }
  const errors = state?.fieldErrors;
  return (
    <form action={formAction} className="space-y-4" aria-label="Choose a password">
      {state && !state.ok ? <FormErrors error={state.message} /> : null}
      <input type="hidden" name="token" value={props.token} />
      {/* lets password managers store the new password with the right account */}
      <input type="email" name="username" value={props.email} autoComplete="username" readOnly hidden />
      <FormField id="password" label="New password" hint={`At least ${props.minLength} characters.`} error={getFieldError(errors, 'password')} required>
        <Input name="password" type="password" autoComplete="new-password" required minLength={props.minLength} />
      </FormField>
      <FormField id="confirmPassword" label="Type it again" error={getFieldError(errors, 'confirmPassword')} required>
        <Input name="confirmPassword" type="password" autoComplete="new-password" required minLength={props.minLength} />
      </FormField>
      <Button type="submit" className="w-full" disabled={isPending}>{isPending ? 'Saving…' : props.submitLabel}</Button>
    </form>
  );
}
