import * as React from 'react';
import { cn } from '@/lib/utils/cn';

/** The looks are classes in app/globals.css (.field…), as for every form control. */
export const inputClassName = 'field field-input';

export type InputProps = React.ComponentProps<'input'>;

export function Input({ className, type = 'text', ...props }: InputProps) {
  return <input type={type} data-slot="input" className={cn(inputClassName, className)} {...props} />;
}
