import Link from 'next/link';
import { BellIcon } from 'lucide-react';
import { markNotificationsReadAction } from '@/app/_actions/notification-actions.ts';
import type { NotificationItem } from '@/lib/server/notifications/list-notifications.ts';
import { ActionForm } from '@/components/forms/action-form.tsx';
import { Badge } from '@/components/ui/badge.tsx';
import { EmptyState } from '@/components/ui/empty-state.tsx';
import { formatDateTime } from '@/lib/utils/format.ts';

/** A user's notices with "mark read", shared by the console and the portal. */
export function NotificationList(props: { items: NotificationItem[]; unread: number; timezone?: string; allowLink?: (link: string) => boolean }) {
  if (props.items.length === 0) return <EmptyState icon={BellIcon} title="No notifications" description="Renewals, low retainer balances, estimates and SLA breaches appear here." />;
  return (
    <div className="space-y-3">
      {props.unread > 0 ? (
        <ActionForm action={markNotificationsReadAction} label="Mark all as read" submitLabel={`Mark all ${props.unread} as read`} submitVariant="outline" className="flex justify-end" >
          <span />
        </ActionForm>
      ) : null}
      <ul className="divide-y rounded-lg border" aria-label="Notifications">
        {props.items.map((n) => {
          const href = n.link && (props.allowLink?.(n.link) ?? true) ? n.link : null;
          return (
            <li key={n.id} className={n.isRead ? 'p-3' : 'bg-accent/40 p-3'} data-testid="notification">
              <div className="flex flex-wrap items-start gap-2">
                {n.isRead ? null : <Badge variant="info">New</Badge>}
                <div className="min-w-0 flex-1">
                  <p className="font-medium">{href ? <Link className="underline" href={href}>{n.title}</Link> : n.title}</p>
                  <p className="text-sm">{n.body}</p>
                  <p className="text-xs text-muted-foreground">{formatDateTime(n.createdAt, props.timezone)}</p>
                </div>
                {n.isRead ? null : (
                  <ActionForm action={markNotificationsReadAction} label={`Mark “${n.title}” as read`} submitLabel="Mark read" submitVariant="ghost" className="flex">
                    <input type="hidden" name="notificationId" value={n.id} />
                  </ActionForm>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
