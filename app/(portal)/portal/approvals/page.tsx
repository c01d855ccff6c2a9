import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageActor } from '@/app/_lib/session.ts';
import { listPendingEstimates } from '@/lib/server/estimates/list-estimates.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { EmptyState } from '@/components/ui/empty-state.tsx';
import { EstimateDecision } from '@/components/tickets/estimate-decision.tsx';
import { formatDate } from '@/lib/utils/format.ts';

export const metadata: Metadata = { title: 'Approvals' };

export default async function ApprovalsPage() {
  const actor = await requirePageActor({ roles: ['customer_admin'] });
  const estimates = await listPendingEstimates({ actor });
  return (
    <>
      <PageHeader title="Approvals" description="Billable work waits for your consent; nothing billable is done without it." />
      {estimates.length === 0 ? <EmptyState title="Nothing to approve" description="Estimates for new scope, solution design or remediation appear here." /> : null}
      <div className="space-y-6">
        {estimates.map((estimate) => (
          <section key={estimate.id} aria-label={`Estimate for ticket ${estimate.ticket.number}`} className="space-y-2">
            <h2 className="text-sm text-muted-foreground">
              <Link className="underline" href={`/portal/tickets/${estimate.ticket.number}`}>#{estimate.ticket.number} {estimate.ticket.subject}</Link> · raised by {estimate.requestedBy.name} on {formatDate(estimate.createdAt)}
            </h2>
            <EstimateDecision estimate={estimate} ticketNumber={estimate.ticket.number} />
          </section>
        ))}
      </div>
    </>
  );
}
