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
      className={cn('field field-select', className)}
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
