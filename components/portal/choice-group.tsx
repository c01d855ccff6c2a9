'use client';

import { FieldError } from '@/components/ui/field-errors.tsx';
import { cn } from '@/lib/utils/cn';

/** A labelled set of radio buttons (native, so it works with FormData and the keyboard). */
export function ChoiceGroup<T extends string>(props: {
  name: string;
  legend: string;
  options: readonly { value: T; label: string }[];
  value: T | '';
  onChange: (value: T) => void;
  error?: string[];
  className?: string;
}) {
  return (
    <fieldset className={cn('space-y-2', props.className)} aria-describedby={props.error ? `${props.name}-error` : undefined}>
      <legend className="mb-1 text-sm font-medium">{props.legend}</legend>
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        {props.options.map((option) => (
          <label
            key={option.value}
            className={cn(
              'flex cursor-pointer items-center gap-2 rounded-md border px-3 py-2 text-sm has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring',
              props.value === option.value ? 'border-primary bg-primary/5' : 'border-input',
            )}
          >
            <input type="radio" name={props.name} value={option.value} checked={props.value === option.value} onChange={() => props.onChange(option.value)} className="accent-primary" />
            {option.label}
          </label>
        ))}
      </div>
      <FieldError id={props.name} error={props.error} />
    </fieldset>
  );
}
