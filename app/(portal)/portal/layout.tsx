import type { ReactNode } from 'react';
import { AppShell } from '@/components/layout/app-shell.tsx';
import { requirePageActor } from '@/app/_lib/session.ts';
import { CUSTOMER_ROLES } from '@/lib/auth/roles.ts';

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const actor = await requirePageActor({ roles: CUSTOMER_ROLES });
  return (
    <AppShell face="Customer portal" homeHref="/portal" user={actor} nav={[{ href: '/portal', label: 'Tickets', exact: true }, ...(actor.role === 'customer_admin' ? [{ href: '/portal/approvals', label: 'Approvals' }] : [])]}>
      {children}
    </AppShell>
  );
}
