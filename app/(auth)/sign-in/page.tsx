import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { currentActor } from '@/app/_lib/session.ts';
import { homePathFor } from '@/lib/auth/roles.ts';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card.tsx';
import { SignInForm } from './sign-in-form.tsx';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage() {
  const actor = await currentActor();
  if (actor) redirect(homePathFor(actor.role));
  return (
    <main id="main" className="flex min-h-screen items-center justify-center p-4">
      <Card className="w-full max-w-sm">
        <CardHeader>
          <CardTitle as="h1">Sign in</CardTitle>
          <CardDescription>Service desk, customer portal and administration.</CardDescription>
        </CardHeader>
        <CardContent>
          <SignInForm />
          <p className="mt-4 text-center text-sm"><a className="underline" href="/reset-password">Forgot your password?</a></p>
        </CardContent>
      </Card>
    </main>
  );
}
