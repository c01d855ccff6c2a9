import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/app/_lib/session.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { clientOption } from '@/lib/server/clients/search-clients.ts';
import { listQueue } from '@/lib/server/tickets/list-queue.ts';
import { queueCounts } from '@/lib/server/tickets/queue-counts.ts';
import { listActiveStaff } from '@/lib/server/users/list-active-staff.ts';
import { QUEUES, QUEUE_LABELS, type QueueName } from '@/lib/server/tickets/ticket-queues.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { QueueTable } from '@/components/tickets/queue-table.tsx';
import { QueueFilters } from '@/components/tickets/queue-filters.tsx';
import { Button } from '@/components/ui/button.tsx';
import { Badge } from '@/components/ui/badge.tsx';
import { RowClickNavigation } from '@/components/ui/row-click-navigation.tsx';

export const metadata: Metadata = { title: 'Ticket queues' };

type SearchParams = Promise<Record<string, string | undefined>>;
const COUNTS_MAX_AGE_MS = 10_000;
const FILTER_KEYS = ['q', 'clientId', 'type', 'priority', 'status', 'assigneeId', 'channel', 'assetId'] as const;

export default async function ConsoleHome({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor({ roles: STAFF_ROLES });
  const params = await searchParams;
  const queue: QueueName = (QUEUES as readonly string[]).includes(params.queue ?? '') ? (params.queue as QueueName) : 'open';
  const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, params[key] || undefined]));
  const [result, counts, client, assignees] = await Promise.all([
    listQueue({ actor, input: { queue, ...filters, cursor: params.cursor } }),
    // tab counts may be a few seconds old: counting every open ticket is the page's dearest read
    queueCounts({ actor, maxAgeMs: COUNTS_MAX_AGE_MS }),
    clientOption({ actor, id: filters.clientId }),
    listActiveStaff({ actor }),
  ]);
  const href = (extra: Record<string, string | undefined>) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries({ queue, ...filters, ...extra })) if (value) search.set(key, value);
    return `/console?${search.toString()}`;
  };
  return (
    <>
      <PageHeader
        title="Ticket queues"
        description="Soonest resolution target first; the SLA clock pauses while waiting on the customer."
        actions={<Button asChild><Link href="/console/tickets/new">New ticket</Link></Button>}
      />
      {/* plain links routed by one listener: a next/link per tab cost render time and prefetched every queue */}
      <nav aria-label="Queues" className="mb-4 flex flex-wrap gap-1">
        {QUEUES.map((name) => (
          <Button key={name} asChild size="sm" variant={name === queue ? 'default' : 'outline'}>
            <a href={href({ queue: name, cursor: undefined })} aria-current={name === queue ? 'page' : undefined}>
              {QUEUE_LABELS[name]}
              {counts[name] >= 0 ? <Badge variant={name === 'breached' && counts[name] > 0 ? 'danger' : 'neutral'} className="ml-1">{counts[name]}</Badge> : null}
            </a>
          </Button>
        ))}
        <RowClickNavigation />
      </nav>
      <div className="space-y-4">
        <QueueFilters queue={queue} values={filters} client={client} assignees={assignees} />
        <QueueTable
          now={new Date()}
          emptyMessage={filters.q ? `No tickets match “${filters.q}”.` : `Nothing in “${QUEUE_LABELS[queue]}”.`}
          items={result.items}
        />
        <div className="flex justify-between text-sm">
          {params.cursor ? <a className="underline" href={href({ cursor: undefined })}>← First page</a> : <span />}
          {result.nextCursor ? <a className="underline" href={href({ cursor: result.nextCursor })}>Next page →</a> : null}
          <RowClickNavigation />
        </div>
      </div>
    </>
  );
}
