'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/app/_lib/action.ts';
import { Button } from '@/components/ui/button.tsx';
import { Input } from '@/components/ui/input.tsx';
import { FormField } from '@/components/ui/form-field.tsx';
import { FormErrors, getFieldError } from '@/components/ui/field-errors.tsx';

type FormAction = (state: ActionState | null, formData: FormData) => Promise<ActionState>;

/** Ask for a reset link; the answer is the same whether or not the address has an account. */
export function ResetRequestForm(props: { action: FormAction }) {
  const [state, formAction, isPending] = useActionState(props.action, null);
  if (state?.ok) return <p role="status" className="rounded-md border border-success/30 bg-success/10 p-3 text-sm" data-testid="reset-requested">{state.message}</p>;
  return (
    <form action={formAction} className="space-y-4" aria-label="Reset your password">
      {state && !state.ok ? <FormErrors error={state.message} /> : null}
      <FormField id="email" label="E-mail" error={getFieldError(state?.fieldErrors, 'email')} required>
        <Input name="email" type="email" autoComplete="username" required autoFocus />
      </FormField>
      <Button type="submit" className="w-full" disabled={isPending}>{isPending ? 'Sending…' : 'Send me a link'}</Button>
    </form>
  );
}
