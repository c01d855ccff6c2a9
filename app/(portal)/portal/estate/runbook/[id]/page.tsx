import type { Metadata } from 'next';
import Link from 'next/link';
import { orNotFound, requirePageActor } from '@/app/_lib/session.ts';
import { CUSTOMER_ROLES } from '@/lib/auth/roles.ts';
import { getSharedRunBookPage } from '@/lib/server/portal/get-shared-run-book-page.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { Card, CardContent } from '@/components/ui/card.tsx';
import { formatDate } from '@/lib/utils/format.ts';

export const metadata: Metadata = { title: 'Guide' };

export default async function RunBookPageView({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor({ roles: CUSTOMER_ROLES });
  const page = await orNotFound(getSharedRunBookPage({ actor, pageId: (await params).id }));
  return (
    <>
      <PageHeader title={page.title} description={<>Updated {formatDate(page.updatedAt)} · <Link className="underline" href="/portal/estate">Back to our IT</Link></>} />
      <Card>
        {/* plain text, never HTML: the page is written by staff but shown in the customer's session */}
        <CardContent className="whitespace-pre-wrap text-sm leading-relaxed" data-testid="runbook-body">{page.body}</CardContent>
      </Card>
    </>
  );
}
