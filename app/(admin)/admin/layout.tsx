import type { ReactNode } from 'react';
import { AppShell } from '@/components/layout/app-shell.tsx';
import { requirePageActor } from '@/app/_lib/session.ts';

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageActor({ roles: ['admin'] });
  return (
    <AppShell face="Administration" homeHref="/admin" user={actor} nav={[{ href: '/admin', label: 'Overview', exact: true }, { href: '/admin/tiers', label: 'Tiers' }, { href: '/admin/staff', label: 'Staff' }, { href: '/admin/api-tokens', label: 'API tokens' }, { href: '/admin/outbox', label: 'Outbox' }, { href: '/admin/audit', label: 'Audit' }, { href: '/console', label: 'Console' }]}>
      {children}
    </AppShell>
  );
}
