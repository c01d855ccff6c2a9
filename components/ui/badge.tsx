import * as React from 'react';
import { Slot } from 'radix-ui';
import { cva, type VariantProps } from 'class-variance-authority';
import { cn } from '@/lib/utils/cn';

/**
 * Variant names match the Prisma enums so you can pass them straight through:
 * `<Badge variant={entry.outcome}>` (BillingOutcome) and `<Badge variant={ticket.priority}>` (Priority).
 * The looks are classes in app/globals.css (.badge…): short, so each badge costs a page little.
 */
export const badgeVariants = cva('badge', {
  variants: {
    variant: {
      default: 'badge-default',
      secondary: 'badge-secondary',
      outline: 'badge-outline',
      neutral: 'badge-neutral',
      success: 'badge-success',
      warning: 'badge-warning',
      danger: 'badge-danger',
      info: 'badge-info',
      covered: 'badge-covered',
      retainer: 'badge-retainer',
      billable: 'badge-billable',
      non_billable: 'badge-non_billable',
      refused: 'badge-refused',
      P1: 'badge-P1',
      P2: 'badge-P2',
      P3: 'badge-P3',
      P4: 'badge-P4',
    },
  },
  defaultVariants: { variant: 'neutral' },
});

export type BadgeVariant = NonNullable<VariantProps<typeof badgeVariants>['variant']>;

export type BadgeProps = React.ComponentProps<'span'> &
  VariantProps<typeof badgeVariants> & { asChild?: boolean };

export function Badge({ className, variant, asChild = false, ...props }: BadgeProps) {
  const Comp = asChild ? Slot.Root : 'span';
  return <Comp data-slot="badge" className={cn(badgeVariants({ variant }), className)} {...props} />;
}

/** Human labels for the enum-named variants (e.g. non_billable → "Non-billable"). */
export const badgeLabels: Partial<Record<BadgeVariant, string>> = {
  covered: 'Covered',
  retainer: 'Retainer',
  billable: 'Billable',
  non_billable: 'Non-billable',
  refused: 'Refused',
  P1: 'P1',
  P2: 'P2',
  P3: 'P3',
  P4: 'P4',
};
