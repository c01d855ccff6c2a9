'use client';

import { useActionState, useEffect } from 'react';
import { toast } from 'sonner';
import type { ActionState } from '@/app/_lib/action.ts';
import type { InvoiceStatus } from '@/lib/db/generated/enums.ts';
import { Button } from '@/components/ui/button.tsx';
import { ConfirmDialog } from '@/components/ui/confirm-dialog.tsx';
import { FormErrors } from '@/components/ui/field-errors.tsx';
import { Label } from '@/components/ui/label.tsx';
import { Textarea } from '@/components/ui/textarea.tsx';

type FormAction = (state: ActionState | null, formData: FormData) => Promise<ActionState>;

function useResult(action: FormAction) {
  const [state, formAction, isPending] = useActionState(action, null);
  useEffect(() => {
    if (state?.ok && state.message) toast.success(state.message);
  }, [state]);
  return { state, formAction, isPending };
}

/** Issue (confirmed), mark paid, or void (confirmed, with a reason), as the status allows. */
export function InvoiceActions(props: {
  invoiceId: string;
  status: InvoiceStatus;
  label: string;
  total: string;
  issue: FormAction;
  markPaid: FormAction;
  voidInvoice: FormAction;
}) {
  const issue = useResult(props.issue);
  const paid = useResult(props.markPaid);
  const voided = useResult(props.voidInvoice);
  const error = [issue.state, paid.state, voided.state].find((s) => s && !s.ok);
  const fields = { invoiceId: props.invoiceId };
  return (
    <div className="space-y-3">
      {error ? <FormErrors error={error.message} /> : null}
      <div className="flex flex-wrap gap-2">
        {props.status === 'draft' ? (
          <ConfirmDialog
            action={issue.formAction}
            fields={fields}
            variant="default"
            title={`Issue ${props.label}?`}
            description={`It gets the next invoice number, its lines are brought up to date (total now ${props.total}), its time entries are locked for good and the client’s customer admins are e-mailed. An issued invoice cannot be edited; corrections are credit lines on the next one.`}
            confirmLabel="Issue invoice"
            triggerLabel="Issue"
          />
        ) : null}
        {props.status === 'issued' ? (
          <form action={paid.formAction}>
            <input type="hidden" name="invoiceId" value={props.invoiceId} />
            <Button type="submit" variant="outline" disabled={paid.isPending}>{paid.isPending ? 'Saving…' : 'Mark paid'}</Button>
          </form>
        ) : null}
        {props.status === 'issued' ? (
          <ConfirmDialog
            action={voided.formAction}
            fields={fields}
            title={`Void ${props.label}?`}
            description="The invoice keeps its number but is no longer owed. Its time entries stay billed and locked, and the month gets no new invoice: to correct amounts instead, add a credit line to the client’s next draft."
            confirmLabel="Void invoice"
            triggerLabel="Void"
            triggerVariant="outline"
          >
            <div className="flex flex-col gap-1.5">
              <Label htmlFor="void-reason" required>Reason</Label>
              <Textarea id="void-reason" name="reason" rows={3} required minLength={3} maxLength={300} />
            </div>
          </ConfirmDialog>
        ) : null}
      </div>
    </div>
  );
}
