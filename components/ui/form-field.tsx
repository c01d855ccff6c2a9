import * as React from 'react';
import { Slot } from 'radix-ui';
import { cn } from '@/lib/utils/cn';
import { Label } from '@/components/ui/label';
import { FieldError, fieldErrorId, fieldHintId, normalizeErrors, type FieldErrorValue } from '@/components/ui/field-errors';

export type FormFieldProps = {
  /** Becomes the control's id and the label's htmlFor. */
  id: string;
  label: React.ReactNode;
  error?: FieldErrorValue;
  hint?: React.ReactNode;
  /** Visual "*" on the label only; also put `required` on the control. */
  required?: boolean;
  className?: string;
  /** Exactly one control element (Input, Select, Textarea, bare Checkbox…). */
  children: React.ReactElement;
};

/**
 * Label + control + hint + error. The single child control receives `id`, `aria-describedby`
 * (hint and error ids) and `aria-invalid` when there is an error, so screen readers read them.
 * Server-component friendly.
 */
export function FormField({ id, label, error, hint, required, className, children }: FormFieldProps) {
  const hasError = normalizeErrors(error).length > 0;
  const describedBy = [hint ? fieldHintId(id) : null, hasError ? fieldErrorId(id) : null].filter(Boolean).join(' ');

  return (
    <div data-slot="form-field" data-invalid={hasError || undefined} className={cn('flex flex-col gap-1.5', className)}>
      <Label htmlFor={id} required={required} className={cn(hasError && 'text-destructive')}>
        {label}
      </Label>
      <Slot.Root id={id} aria-describedby={describedBy || undefined} aria-invalid={hasError || undefined}>
        {children}
      </Slot.Root>
      {hint ? (
        <p id={fieldHintId(id)} className="text-xs text-muted-foreground">
          {hint}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
    </div>
  );
}
