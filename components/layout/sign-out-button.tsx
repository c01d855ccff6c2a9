'use client';

import { signOut } from 'next-auth/react';
import { LogOut } from 'lucide-react';
import { Button } from '@/components/ui/button.tsx';

export function SignOutButton() {
  return (
    <Button variant="ghost" size="sm" onClick={() => signOut({ callbackUrl: '/sign-in' })}>
      <LogOut aria-hidden className="size-4" />
      Sign out
    </Button>
  );
}
