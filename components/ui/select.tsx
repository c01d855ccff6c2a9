import * as React from 'react';
import { cn } from '@/lib/utils/cn';

export type SelectOption = { value: string; label: string; disabled?: boolean };

export type SelectProps = React.ComponentProps<'select'> & {
  /** Convenience: rendered as <option>s after `placeholder` and before `children`. */
  options?: ReadonlyArray<SelectOption>;
  /** Renders a first <option value=""> (e.g. "Select a client…"). Pair with `required` to force a choice. */
  placeholder?: string;
};

/** A styled native <select>: works with FormData, server actions and the keyboard out of the box. */
export function Select({ className, options, placeholder, children, ...props }: SelectProps) {
  return (
    <select
      data-slot="select"
      className={cn(
        'select-chevron flex h-9 w-full min-w-0 rounded-md border border-input bg-background py-1 pl-3 text-sm shadow-xs transition-colors focus-visible:border-ring disabled:cursor-not-allowed disabled:opacity-50 aria-invalid:border-destructive aria-invalid:focus-visible:outline-destructive',
        className,
      )}
      {...props}
    >
      {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
      {options?.map((o) => (
        <option key={o.value} value={o.value} disabled={o.disabled}>
          {o.label}
        </option>
      ))}
      {children}
    </select>
  );
}
