import * as React from 'react';
import { cn } from '@/lib/utils/cn';

export type TextareaProps = React.ComponentProps<'textarea'>;

export function Textarea({ className, rows = 4, ...props }: TextareaProps) {
  return (
    <textarea
      data-slot="textarea"
      rows={rows}
      className={cn('field field-textarea', className)}
      {...props}
    />
  );
}
