import { approveEstimateAction, rejectEstimateAction } from '@/app/_actions/estimate-actions.ts';
import { ActionForm } from '@/components/forms/action-form.tsx';
import { Label } from '@/components/ui/label.tsx';
import { Textarea } from '@/components/ui/textarea.tsx';
import { formatDuration, formatMoneyString } from '@/lib/utils/format.ts';

/** A customer admin's approve / reject controls for one pending estimate. */
export function EstimateDecision(props: { estimate: { id: string; description: string; minutes: number | null; amount: string | null }; ticketNumber: number }) {
  const { estimate } = props;
  const terms = estimate.amount ? `a flat fee of ${formatMoneyString(estimate.amount)}` : `about ${formatDuration(estimate.minutes ?? 0)} of billable time`;
  return (
    <div className="space-y-3 rounded-md border border-warning/40 bg-warning/10 p-3" data-testid="pending-estimate">
      <p className="text-sm"><span className="font-medium">Awaiting your approval:</span> {estimate.description} — {terms}.</p>
      <div className="flex flex-wrap items-start gap-4">
        <ActionForm action={approveEstimateAction} label="Approve estimate" submitLabel="Approve" pendingLabel="Approving…">
          <input type="hidden" name="estimateId" value={estimate.id} />
          <input type="hidden" name="ticketNumber" value={props.ticketNumber} />
        </ActionForm>
        <ActionForm action={rejectEstimateAction} label="Reject estimate" submitLabel="Reject" submitVariant="outline" pendingLabel="Rejecting…" className="flex-1 space-y-2">
          <input type="hidden" name="estimateId" value={estimate.id} />
          <input type="hidden" name="ticketNumber" value={props.ticketNumber} />
          <Label htmlFor={`reason-${estimate.id}`}>Reason for rejecting</Label>
          <Textarea id={`reason-${estimate.id}`} name="reason" rows={2} />
        </ActionForm>
      </div>
    </div>
  );
}
