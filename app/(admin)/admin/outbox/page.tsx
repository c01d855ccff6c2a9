import type { Metadata } from 'next';
import { requirePageActor } from '@/app/_lib/session.ts';
import { listOutbox } from '@/lib/server/mail/list-outbox.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { EmptyState } from '@/components/ui/empty-state.tsx';
import { Badge } from '@/components/ui/badge.tsx';
import { Pagination } from '@/components/ui/pagination.tsx';
import { formatDateTime } from '@/lib/utils/format.ts';

export const metadata: Metadata = { title: 'Outbox' };

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requirePageActor({ roles: ['admin'] });
  const outbox = await listOutbox({ actor, input: { page: (await searchParams).page } });
  return (
    <>
      <PageHeader
        title="Outbox"
        description={process.env.SMTP_URL ? 'E-mails handed to the SMTP server, and any still waiting.' : 'No SMTP_URL is configured: e-mails are built and kept here instead of being sent.'}
      />
      {outbox.items.length === 0 ? <EmptyState title="No e-mails yet" description="Invitations, approvals and notices appear here." /> : null}
      <div className="space-y-3">
        {outbox.items.map((email) => (
          <article key={email.id} className="rounded-md border border-border p-3 text-sm" data-testid="outbox-email">
            <header className="mb-1 flex flex-wrap items-center gap-2">
              <span className="font-medium">{email.subject}</span>
              <span className="text-muted-foreground">to {email.to} · {formatDateTime(email.createdAt)}</span>
              {email.sentAt ? <Badge variant="success">{email.deliveredVia === 'smtp' ? 'Sent' : 'Kept in outbox'}</Badge> : email.error ? <Badge variant="danger">Failed ({email.attempts})</Badge> : <Badge variant="warning">Pending</Badge>}
            </header>
            <pre className="whitespace-pre-wrap font-sans text-muted-foreground">{email.text}</pre>
          </article>
        ))}
      </div>
      <Pagination page={outbox.page} pageCount={outbox.pageCount} totalCount={outbox.total} pageSize={outbox.pageSize} makeHref={(page) => `/admin/outbox?page=${page}`} />
    </>
  );
}
