import type { TicketView } from '@/lib/server/tickets/get-ticket.ts';
import { followUpProblemAction, mergeTicketAction } from '@/app/_actions/ticket-actions.ts';
import { ActionForm } from '@/components/forms/action-form.tsx';
import { Input } from '@/components/ui/input.tsx';
import { Label } from '@/components/ui/label.tsx';

/** Merge a duplicate; open the root-cause follow-up of a resolved incident. */
export function TicketAdminActions({ ticket }: { ticket: TicketView }) {
  const hidden = (
    <>
      <input type="hidden" name="ticketId" value={ticket.id} />
      <input type="hidden" name="ticketNumber" value={ticket.number} />
    </>
  );
  const isResolvedIncident = ticket.type === 'incident' && (ticket.status === 'resolved' || ticket.status === 'closed');
  return (
    <div className="flex flex-wrap items-end gap-6">
      {ticket.status !== 'closed' ? (
        <ActionForm action={mergeTicketAction} label="Merge this ticket" submitLabel="Merge into it" submitVariant="outline" className="flex items-end gap-2">
          {hidden}
          <div className="space-y-1">
            <Label htmlFor="targetNumber">Duplicate of ticket #</Label>
            <Input id="targetNumber" name="targetNumber" inputMode="numeric" className="w-32" />
          </div>
        </ActionForm>
      ) : null}
      {isResolvedIncident ? (
        <ActionForm action={followUpProblemAction} label="Follow-up problem" submitLabel="Open a root-cause problem ticket" submitVariant="outline">
          {hidden}
        </ActionForm>
      ) : null}
    </div>
  );
}
