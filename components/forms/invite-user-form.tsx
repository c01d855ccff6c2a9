'use client';

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from 'react';
import { toast } from 'sonner';
import type { ActionState } from '@/app/_lib/action.ts';
import { Button } from '@/components/ui/button.tsx';
import { Input } from '@/components/ui/input.tsx';
import { Select } from '@/components/ui/select.tsx';
import { FormField } from '@/components/ui/form-field.tsx';
import { FormErrors, getFieldError } from '@/components/ui/field-errors.tsx';

type FormAction = (state: ActionState | null, formData: FormData) => Promise<ActionState>;

const CUSTOMER_ROLE_OPTIONS = [
  { value: 'customer_user', label: 'User — own requests' },
  { value: 'customer_admin', label: 'Admin — whole company' },
];

/** Invite a colleague by e-mail; they choose their own password from the link. */
export function InviteUserForm(props: { action: FormAction; roleOptions?: { value: string; label: string }[] }) {
  const roleOptions = props.roleOptions ?? CUSTOMER_ROLE_OPTIONS;
  const [state, formAction, isPending] = useActionState(props.action, null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) {
      toast.success(state.message ?? 'Invitation sent.');
      formRef.current?.reset();
    }
  }, [state]);
  const errors = state?.fieldErrors;
  // submitting by hand keeps what was typed when the answer is an error (see ActionForm)
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }
  return (
    <form ref={formRef} onSubmit={onSubmit} className="space-y-4" aria-label="Invite a user">
      {state && !state.ok ? <FormErrors error={state.message} /> : null}
      {state?.ok ? <p role="status" className="rounded-md border border-success/30 bg-success/10 p-2 text-sm" data-testid="invite-result">{state.message}</p> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <FormField id="invite-name" label="Name" error={getFieldError(errors, 'name')} required>
          <Input name="name" required minLength={2} maxLength={120} autoComplete="off" />
        </FormField>
        <FormField id="invite-email" label="E-mail" error={getFieldError(errors, 'email')} required>
          <Input name="email" type="email" required autoComplete="off" />
        </FormField>
        <FormField id="invite-role" label="Role" error={getFieldError(errors, 'role')} required>
          <Select name="role" defaultValue={roleOptions[0].value} options={roleOptions} />
        </FormField>
      </div>
      <Button type="submit" disabled={isPending}>{isPending ? 'Sending…' : 'Send invitation'}</Button>
    </form>
  );
}
