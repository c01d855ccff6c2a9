import type { Metadata } from 'next';
import { requirePageActor } from '@/app/_lib/session.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { listNotifications } from '@/lib/server/notifications/list-notifications.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { Pagination } from '@/components/ui/pagination.tsx';
import { NotificationList } from '@/components/notifications/notification-list.tsx';

export const metadata: Metadata = { title: 'Notifications' };

export default async function ConsoleNotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor({ roles: STAFF_ROLES });
  const params = await searchParams;
  const page = typeof params.page === 'string' && /^\d+$/.test(params.page) ? Number(params.page) : 1;
  const result = await listNotifications({ actor, input: { page } });
  return (
    <>
      <PageHeader title="Notifications" description={`${result.unread} unread.`} />
      <NotificationList items={result.items} unread={result.unread} />
      {result.pageCount > 1 ? <Pagination className="mt-4" page={result.page} pageCount={result.pageCount} makeHref={(n) => `/console/notifications?page=${n}`} /> : null}
    </>
  );
}
