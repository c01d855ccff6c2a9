import * as React from 'react';
import { cn } from '@/lib/utils/cn';

export type CheckboxProps = Omit<React.ComponentProps<'input'>, 'type'> & {
  /** Optional inline label rendered to the right; the whole row is clickable. */
  label?: React.ReactNode;
};

/**
 * Native checkbox (submits `name=value`, default value "on", only when checked).
 * With `label`, renders <label><input/> text</label>; otherwise the bare input (give it an id + <Label htmlFor>).
 */
export function Checkbox({ className, label, ...props }: CheckboxProps) {
  const input = (
    <input
      type="checkbox"
      data-slot="checkbox"
      className={cn(
        'peer size-4 shrink-0 cursor-pointer rounded-sm border border-input accent-primary disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:outline aria-invalid:outline-destructive',
        className,
      )}
      {...props}
    />
  );
  if (label === undefined) return input;
  return (
    <label className="inline-flex cursor-pointer items-center gap-2 text-sm has-disabled:cursor-not-allowed has-disabled:opacity-50">
      {input}
      <span>{label}</span>
    </label>
  );
}
