import * as React from 'react';
import type { LucideIcon } from 'lucide-react';
import { cn } from '@/lib/utils/cn';

export type EmptyStateProps = {
  /** A lucide icon component (e.g. `InboxIcon`) or any node. */
  icon?: LucideIcon | React.ReactNode;
  title: React.ReactNode;
  description?: React.ReactNode;
  /** e.g. `<Button asChild><Link href="/tickets/new">New ticket</Link></Button>` */
  action?: React.ReactNode;
  className?: string;
};

function isComponent(icon: unknown): icon is LucideIcon {
  return typeof icon === 'function' || (typeof icon === 'object' && icon !== null && '$$typeof' in icon && 'render' in icon);
}

export function EmptyState({ icon, title, description, action, className }: EmptyStateProps) {
  let iconNode: React.ReactNode = null;
  if (isComponent(icon)) {
    const Icon = icon;
    iconNode = <Icon className="size-6" aria-hidden="true" />;
  } else if (icon) {
    iconNode = icon as React.ReactNode;
  }
  return (
    <div
      data-slot="empty-state"
      className={cn(
        'flex flex-col items-center justify-center gap-2 rounded-lg border border-dashed px-6 py-12 text-center',
        className,
      )}
    >
      {iconNode ? (
        <div className="mb-1 flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground">
          {iconNode}
        </div>
      ) : null}
      <p className="text-base font-semibold">{title}</p>
      {description ? <p className="max-w-sm text-sm text-muted-foreground">{description}</p> : null}
      {action ? <div className="mt-3">{action}</div> : null}
    </div>
  );
}
