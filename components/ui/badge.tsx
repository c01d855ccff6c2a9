import * as React from 'react';
import { Slot } from 'radix-ui';
import { cva, type VariantProps } from 'class-variance-authority';
import { cn } from '@/lib/utils/cn';

/**
 * Variant names match the Prisma enums so you can pass them straight through:
 * `<Badge variant={entry.outcome}>` (BillingOutcome) and `<Badge variant={ticket.priority}>` (Priority).
 */
export const badgeVariants = cva(
  'inline-flex w-fit shrink-0 items-center justify-center gap-1 overflow-hidden rounded-md border px-2 py-0.5 text-xs font-medium whitespace-nowrap [&>svg]:pointer-events-none [&>svg]:size-3',
  {
    variants: {
      variant: {
        default: 'border-transparent bg-primary text-primary-foreground',
        secondary: 'border-transparent bg-secondary text-secondary-foreground',
        outline: 'border-border text-foreground',
        // status tones
        neutral: 'border-border bg-muted text-muted-foreground',
        success: 'border-success/30 bg-success/10 text-success',
        warning: 'border-warning/40 bg-warning/15 text-warning-foreground dark:text-warning',
        danger: 'border-destructive/30 bg-destructive/10 text-destructive',
        info: 'border-info/30 bg-info/10 text-info',
        // BillingOutcome
        covered: 'border-emerald-600/30 bg-emerald-600/10 text-emerald-700 dark:text-emerald-400',
        retainer: 'border-violet-600/30 bg-violet-600/10 text-violet-700 dark:text-violet-400',
        billable: 'border-sky-600/30 bg-sky-600/10 text-sky-700 dark:text-sky-400',
        non_billable: 'border-slate-500/30 bg-slate-500/10 text-slate-600 dark:text-slate-300',
        refused: 'border-red-600/30 bg-red-600/10 text-red-700 line-through dark:text-red-400',
        // Priority
        P1: 'border-transparent bg-red-600 text-white',
        P2: 'border-transparent bg-orange-500 text-white',
        P3: 'border-amber-500/40 bg-amber-400/20 text-amber-800 dark:text-amber-300',
        P4: 'border-slate-500/30 bg-slate-500/10 text-slate-700 dark:text-slate-300',
      },
    },
    defaultVariants: { variant: 'neutral' },
  },
);

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
