import type { ReactNode } from 'react';
import { AppShell } from '@/components/layout/app-shell.tsx';
import { requirePageActor } from '@/app/_lib/session.ts';
import { CUSTOMER_ROLES } from '@/lib/auth/roles.ts';

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageActor({ roles: CUSTOMER_ROLES });
  return (
    <AppShell face="Customer portal" homeHref="/portal" user={actor} nav={[
        { href: '/portal', label: 'Tickets', exact: true },
        { href: '/portal/tickets/new', label: 'New request' },
        { href: '/portal/estate', label: 'Our IT' },
        ...(actor.role === 'customer_admin'
          ? [
              { href: '/portal/approvals', label: 'Approvals' },
              { href: '/portal/invoices', label: 'Invoices' },
              { href: '/portal/account', label: 'Account' },
              { href: '/portal/users', label: 'Users' },
            ]
          : []),
      ]}>
      {children}
    </AppShell>
  );
}
