'use client';

import { useEffect } from 'react';
import { useKeptFormAction } from '@/components/forms/use-kept-form-action.ts';
import { toast } from 'sonner';
import type { ActionState } from '@/app/_lib/action.ts';
import { Button } from '@/components/ui/button.tsx';
import { Input } from '@/components/ui/input.tsx';
import { Select } from '@/components/ui/select.tsx';
import { Textarea } from '@/components/ui/textarea.tsx';
import { Checkbox } from '@/components/ui/checkbox.tsx';
import { FormField } from '@/components/ui/form-field.tsx';
import { FormErrors, getFieldError } from '@/components/ui/field-errors.tsx';

type FormAction = (state: ActionState | null, formData: FormData) => Promise<ActionState>;

/** Manual time entry; the decision and its reason come back at once. */
export function LogTimeForm(props: { action: FormAction; ticketId: string; ticketNumber: number; timezone: string; today: string }) {
  const { state, onSubmit, isPending } = useKeptFormAction(props.action);
  useEffect(() => {
    if (state?.ok && state.message) toast.success(state.message);
  }, [state]);
  const errors = state?.fieldErrors;
  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-label="Log time">
      <input type="hidden" name="ticketId" value={props.ticketId} />
      <input type="hidden" name="ticketNumber" value={props.ticketNumber} />
      <input type="hidden" name="timezone" value={props.timezone} />
      {state && !state.ok ? <FormErrors error={state.message} /> : null}
      {state?.ok ? <p role="status" className="rounded-md border border-success/30 bg-success/10 p-2 text-sm" data-testid="log-time-result">{state.message}</p> : null}
      <div className="grid gap-3 sm:grid-cols-4">
        <FormField id="date" label={`Date (${props.timezone})`} error={getFieldError(errors, 'date')} required>
          <Input name="date" type="date" defaultValue={props.today} required />
        </FormField>
        <FormField id="startTime" label="Start" error={getFieldError(errors, 'startTime')} required>
          <Input name="startTime" type="time" required />
        </FormField>
        <FormField id="endTime" label="End" error={getFieldError(errors, 'endTime') ?? getFieldError(errors, 'endedAt')} required>
          <Input name="endTime" type="time" required />
        </FormField>
        <FormField id="mode" label="Work mode" error={getFieldError(errors, 'mode')} required>
          <Select name="mode" defaultValue="remote" options={[{ value: 'remote', label: 'Remote' }, { value: 'phone', label: 'Phone' }, { value: 'onsite', label: 'Onsite' }]} />
        </FormField>
      </div>
      <FormField id="notes" label="Notes" error={getFieldError(errors, 'notes')}>
        <Textarea name="notes" rows={2} />
      </FormField>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Checkbox name="isInternal" label="Internal work (admin, staff training)" />
        <Button type="submit" disabled={isPending}>{isPending ? 'Logging…' : 'Log time'}</Button>
      </div>
    </form>
  );
}
