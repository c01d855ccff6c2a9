import type { ReactNode } from 'react';
import { AppShell } from '@/components/layout/app-shell.tsx';
import { ConsoleShortcuts } from '@/components/layout/console-shortcuts.tsx';
import { requirePageActor } from '@/app/_lib/session.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageActor({ roles: STAFF_ROLES });
  const nav = [
    { href: '/console', label: 'Queues', exact: true },
    { href: '/console/clients', label: 'Clients', exact: false },
    { href: '/console/assets', label: 'Assets', exact: false },
  ];
  nav.push({ href: '/console/contracts', label: 'Contracts', exact: false }, { href: '/console/notifications', label: 'Notifications', exact: false });
  nav.push({ href: '/console/invoices', label: 'Invoices', exact: false });
  if (actor.role === 'admin') nav.push({ href: '/admin', label: 'Admin', exact: false });
  return (
    <AppShell face="Service console" homeHref="/console" user={actor} nav={nav}>
      {children}
      <ConsoleShortcuts />
    </AppShell>
  );
}
