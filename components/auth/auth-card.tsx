import type { ReactNode } from 'react';
import Link from 'next/link';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card.tsx';

/** The frame of the public account pages (sign-in's look). */
export function AuthCard(props: { title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <main id="main" className="flex min-h-screen items-center justify-center p-4">
      <Card className="w-full max-w-sm">
        <CardHeader>
          <CardTitle as="h1">{props.title}</CardTitle>
          {props.description ? <CardDescription>{props.description}</CardDescription> : null}
        </CardHeader>
        <CardContent className="space-y-4">
          {props.children}
          <p className="text-center text-sm"><Link className="underline" href="/sign-in">Back to sign-in</Link></p>
        </CardContent>
      </Card>
    </main>
  );
}

/** A link that cannot be used, and why. */
export function LinkRefusal(props: { message: string; retryHref?: string; retryLabel?: string }) {
  return (
    <div role="alert" className="space-y-2 rounded-md border border-destructive/30 bg-destructive/10 p-3 text-sm text-destructive" data-testid="link-refusal">
      <p>{props.message}</p>
      {props.retryHref ? <p><Link className="underline" href={props.retryHref}>{props.retryLabel}</Link></p> : null}
    </div>
  );
}
