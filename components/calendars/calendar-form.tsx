'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import type { ActionState } from '@/app/_lib/action.ts';
import { Button } from '@/components/ui/button.tsx';
import { FormField } from '@/components/ui/form-field.tsx';
import { Input } from '@/components/ui/input.tsx';
import { Textarea } from '@/components/ui/textarea.tsx';
import { FormErrors, getFieldError } from '@/components/ui/field-errors.tsx';

type FormAction = (state: ActionState | null, formData: FormData) => Promise<ActionState>;

const DAYS = [
  ['mon', 'Monday', '08:00-18:00'],
  ['tue', 'Tuesday', '08:00-18:00'],
  ['wed', 'Wednesday', '08:00-18:00'],
  ['thu', 'Thursday', '08:00-18:00'],
  ['fri', 'Friday', '08:00-18:00'],
  ['sat', 'Saturday', ''],
  ['sun', 'Sunday', ''],
] as const;

/** A new business-hours calendar: windows per weekday (several allowed, comma-separated) and holidays. */
export function CalendarForm({ action }: { action: FormAction }) {
  const [state, formAction, isPending] = useActionState(action, null);
  const errors = state?.fieldErrors;
  const holidayErrors = Object.entries(errors ?? {}).filter(([key]) => key.startsWith('holidays')).flatMap(([key, messages]) => messages.map((m) => `${key.replace(/^holidays\.(\d+)\..*$/, (_, i) => `Line ${Number(i) + 1}`)}: ${m}`));
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }
  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-label="New calendar" noValidate>
      {state && !state.ok ? <FormErrors error={state.message} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField id="calendar-name" label="Name" error={getFieldError(errors, 'name')} required>
          <Input name="name" required maxLength={120} placeholder="Business hours (Mon–Fri 08:00–18:00)" />
        </FormField>
        <FormField id="calendar-timezone" label="Timezone" error={getFieldError(errors, 'timezone')} hint="Leave empty to read the hours in each client’s own timezone.">
          <Input name="timezone" maxLength={64} placeholder="e.g. America/New_York" />
        </FormField>
      </div>
      <fieldset className="grid gap-3 sm:grid-cols-4">
        <legend className="mb-2 text-sm font-medium">Working hours (e.g. 08:00-12:00, 13:00-17:00; empty = closed)</legend>
        {DAYS.map(([key, label, hours]) => (
          <FormField key={key} id={`hours_${key}`} label={label} error={getFieldError(errors, `hours.${key}`)}>
            <Input name={`hours_${key}`} defaultValue={hours} maxLength={200} />
          </FormField>
        ))}
      </fieldset>
      <FormField id="calendar-holidays" label="Holidays (one per line: YYYY-MM-DD Name)" error={holidayErrors.length ? holidayErrors : undefined}>
        <Textarea name="holidays" rows={4} placeholder={'2027-01-01 New Year’s Day\n2027-12-25 Christmas Day'} />
      </FormField>
      <Button type="submit" disabled={isPending}>{isPending ? 'Saving…' : 'Create calendar'}</Button>
    </form>
  );
}
