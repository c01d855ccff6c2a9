import { renewContractAction, terminateContractAction } from '@/app/_actions/contract-actions.ts';
import type { ContractDetail } from '@/lib/server/contracts/get-contract.ts';
import { addDaysToKey } from '@/lib/server/contracts/contract-input.ts';
import { ActionForm } from '@/components/forms/action-form.tsx';
import { Checkbox } from '@/components/ui/checkbox.tsx';
import { FormField } from '@/components/ui/form-field.tsx';
import { Input } from '@/components/ui/input.tsx';
import { Textarea } from '@/components/ui/textarea.tsx';

/** Renew (a new term from the old end) and terminate (respecting the notice period). */
export function ContractLifecycle(props: { contract: ContractDetail; today: string; isAdmin: boolean }) {
  const c = props.contract;
  const isOver = c.status === 'terminated' || c.status === 'expired' || c.terminatedOn !== null;
  const earliest = addDaysToKey(props.today, c.noticePeriodDays);
  if (isOver) return <p className="text-sm text-muted-foreground">{c.terminatedOn ? `Terminated as of ${c.terminatedOn}.` : `This contract is ${c.status}.`}</p>;
  return (
    <div className="space-y-6">
      {c.endsOn && c.kind !== 'fixed_fee' ? (
        <ActionForm action={renewContractAction} label="Renew contract" submitLabel="Renew" submitVariant="outline">
          <input type="hidden" name="contractId" value={c.id} />
          <FormField id="renew-endsOn" label="New term ends on" hint={`Starts ${addDaysToKey(c.endsOn, 1)}; empty: a term as long as this one.`}>
            <Input name="endsOn" type="date" min={addDaysToKey(c.endsOn, 1)} />
          </FormField>
        </ActionForm>
      ) : null}
      <ActionForm action={terminateContractAction} label="Terminate contract" submitLabel="Terminate" submitVariant="destructive">
        <input type="hidden" name="contractId" value={c.id} />
        <FormField id="terminatedOn" label="Ends on" hint={`Notice period ${c.noticePeriodDays} days: the earliest date is ${earliest}.`} required>
          <Input name="terminatedOn" type="date" defaultValue={earliest} required />
        </FormField>
        <FormField id="terminate-reason" label="Reason" required>
          <Textarea name="reason" rows={2} required maxLength={1000} />
        </FormField>
        {props.isAdmin ? (
          <fieldset className="space-y-2 rounded-md border border-dashed p-3">
            <legend className="px-1 text-sm font-medium">Administrator override</legend>
            <Checkbox name="overrideNotice" label="End sooner than the notice period allows" />
            <FormField id="overrideReason" label="Why the notice period is overridden">
              <Input name="overrideReason" maxLength={1000} />
            </FormField>
          </fieldset>
        ) : null}
      </ActionForm>
    </div>
  );
}
