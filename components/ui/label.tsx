import * as React from 'react';
import { cn } from '@/lib/utils/cn';

export type LabelProps = React.ComponentProps<'label'> & {
  /** Shows a visual "*" (hidden from screen readers; put `required` on the control itself). */
  required?: boolean;
};

export function Label({ className, required, children, ...props }: LabelProps) {
  return (
    <label
      data-slot="label"
      className={cn('field-label', className)}
      {...props}
    >
      {children}
      {required ? (
        <span aria-hidden="true" className="text-destructive">
          *
        </span>
      ) : null}
    </label>
  );
}
