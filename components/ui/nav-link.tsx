'use client';

import * as React from 'react';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/lib/utils/cn';

export type NavLinkProps = Omit<React.ComponentProps<typeof Link>, 'href'> & {
  href: string;
  /** Only highlight on an exact path match (default: also active on sub-paths, e.g. /tickets/123). */
  exact?: boolean;
  /** Extra classes when active. */
  activeClassName?: string;
};

export function isActivePath(pathname: string, href: string, exact = false): boolean {
  const path = href.split(/[?#]/)[0] || '/';
  if (exact || path === '/') return pathname === path;
  return pathname === path || pathname.startsWith(path.endsWith('/') ? path : `${path}/`);
}

/** Navigation link that marks the current route with aria-current="page" and active styling. */
export function NavLink({ href, exact, className, activeClassName, children, ...props }: NavLinkProps) {
  const pathname = usePathname() ?? '';
  const active = isActivePath(pathname, href, exact);
  return (
    <Link
      href={href}
      aria-current={active ? 'page' : undefined}
      data-active={active || undefined}
      className={cn('nav-link', active && activeClassName, className)}
      {...props}
    >
      {children}
    </Link>
  );
}
