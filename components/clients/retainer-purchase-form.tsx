'use client';

import { useActionState, useEffect } from 'react';
import { toast } from 'sonner';
import type { ActionState } from '@/app/_lib/action.ts';
import { Button } from '@/components/ui/button.tsx';
import { Input } from '@/components/ui/input.tsx';
import { Select } from '@/components/ui/select.tsx';
import { FormField } from '@/components/ui/form-field.tsx';
import { FormErrors, getFieldError } from '@/components/ui/field-errors.tsx';

type FormAction = (state: ActionState | null, formData: FormData) => Promise<ActionState>;

export function RetainerPurchaseForm(props: { action: FormAction; clientId: string; today: string }) {
  const [state, formAction, isPending] = useActionState(props.action, null);
  useEffect(() => {
    if (state?.ok && state.message) toast.success(state.message);
  }, [state]);
  const errors = state?.fieldErrors;
  return (
    <form action={formAction} className="space-y-3" aria-label="Record a retainer purchase">
      <input type="hidden" name="clientId" value={props.clientId} />
      {state && !state.ok ? <FormErrors error={state.message} /> : null}
      {state?.ok ? <p role="status" className="text-sm">{state.message}</p> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <FormField id="quantity" label="Amount" error={getFieldError(errors, 'quantity') ?? getFieldError(errors, 'units')} required>
          <Input name="quantity" type="number" min="0.25" step="0.25" defaultValue="1" required />
        </FormField>
        <FormField id="measure" label="Of" required>
          <Select name="measure" defaultValue="days" options={[{ value: 'days', label: 'Days (7 h, 28 units)' }, { value: 'hours', label: 'Hours' }, { value: 'units', label: 'Units (15 min)' }]} />
        </FormField>
        <FormField id="at" label="Serves work from" error={getFieldError(errors, 'at')} required>
          <Input name="at" type="date" defaultValue={props.today} required />
        </FormField>
      </div>
      <FormField id="purchase-note" label="Note" error={getFieldError(errors, 'note')}>
        <Input name="note" placeholder="e.g. PO 4711" />
      </FormField>
      <Button type="submit" disabled={isPending}>{isPending ? 'Recording…' : 'Record purchase'}</Button>
    </form>
  );
}
