import type { ReactNode } from 'react';
import Link from 'next/link';
import { NavLink } from '@/components/ui/nav-link.tsx';
import { ROLE_LABELS, type Role } from '@/lib/auth/roles.ts';
import { SignOutButton } from './sign-out-button.tsx';

export interface NavItem {
  href: string;
  label: string;
  exact?: boolean;
}

/** The frame of each face: product name, the face's navigation, who is signed in. */
export function AppShell(props: { face: string; homeHref: string; nav: NavItem[]; user: { name: string; role: Role }; children: ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-border bg-card">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href={props.homeHref} className="font-semibold tracking-tight">
            PSA <span className="font-normal text-muted-foreground">· {props.face}</span>
          </Link>
          <nav aria-label={`${props.face} navigation`} className="flex flex-wrap gap-1 text-sm">
            {props.nav.map((item) => (
              <NavLink key={item.href} href={item.href} exact={item.exact}>
                {item.label}
              </NavLink>
            ))}
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            <span className="hidden sm:inline" data-testid="signed-in-as">
              {props.user.name} <span className="text-muted-foreground">({ROLE_LABELS[props.user.role]})</span>
            </span>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        {props.children}
      </main>
    </div>
  );
}

export function PageHeader(props: { title: string; description?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{props.title}</h1>
        {props.description ? <p className="mt-1 text-sm text-muted-foreground">{props.description}</p> : null}
      </div>
      {props.actions ? <div className="flex gap-2">{props.actions}</div> : null}
    </div>
  );
}
