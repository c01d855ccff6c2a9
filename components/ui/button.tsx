import * as React from 'react';
import { Slot } from 'radix-ui';
import { cva, type VariantProps } from 'class-variance-authority';
import { cn } from '@/lib/utils/cn';

// the looks are classes in app/globals.css (.btn…): short, so each button costs a page little
const buttonCva = cva('btn', {
  variants: {
    variant: {
      default: 'btn-primary',
      secondary: 'btn-secondary',
      outline: 'btn-outline',
      ghost: 'btn-ghost',
      destructive: 'btn-destructive',
      link: 'btn-link',
    },
    size: { sm: 'btn-sm', default: 'btn-md', lg: 'btn-lg', icon: 'btn-icon' },
  },
  defaultVariants: { variant: 'default', size: 'default' },
});

/** Button classes, e.g. for a <Link className={buttonVariants({ variant: 'outline' })}>. */
export const buttonVariants = buttonCva;

export type ButtonVariant = NonNullable<VariantProps<typeof buttonVariants>['variant']>;
export type ButtonSize = NonNullable<VariantProps<typeof buttonVariants>['size']>;

export type ButtonProps = React.ComponentProps<'button'> &
  VariantProps<typeof buttonVariants> & {
    /** Render the single child (e.g. a next/link <Link>) with button styling instead of a <button>. */
    asChild?: boolean;
  };

/**
 * Button. Note: like a native <button>, `type` defaults to "submit" inside a form;
 * pass type="button" for non-submitting buttons. size="icon" needs an aria-label.
 */
export function Button({ className, variant, size, asChild = false, ...props }: ButtonProps) {
  const Comp = asChild ? Slot.Root : 'button';
  return (
    <Comp
      data-slot="button"
      className={cn(buttonVariants({ variant, size }), className)}
      {...props}
    />
  );
}
