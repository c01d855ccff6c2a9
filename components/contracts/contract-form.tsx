'use client';

import { startTransition, useActionState, useEffect, useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import type { ActionState } from '@/app/_lib/action.ts';
import { Button } from '@/components/ui/button.tsx';
import { Checkbox } from '@/components/ui/checkbox.tsx';
import { FormField } from '@/components/ui/form-field.tsx';
import { Input } from '@/components/ui/input.tsx';
import { Select } from '@/components/ui/select.tsx';
import { Textarea } from '@/components/ui/textarea.tsx';
import { FormErrors, getFieldError } from '@/components/ui/field-errors.tsx';
import { humanize } from '@/lib/utils/format.ts';
import { KIND_OPTIONS, type ContractFormValues } from './contract-options.ts';

type FormAction = (state: ActionState | null, formData: FormData) => Promise<ActionState>;

/** Create a contract (hidden client and template) or amend one (hidden id and the version seen). */
export function ContractForm(props: {
  action: FormAction;
  values: ContractFormValues;
  tiers: { id: string; name: string }[];
  assets: { id: string; name: string; class: string; isSupported: boolean }[];
  hidden: Record<string, string>;
  mode: 'create' | 'amend';
  submitLabel: string;
}) {
  const [state, formAction, isPending] = useActionState(props.action, null);
  const [kind, setKind] = useState(props.values.kind);
  const v = props.values;
  useEffect(() => {
    if (state?.ok && state.message) toast.success(state.message);
  }, [state]);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }
  const error = (name: string) => getFieldError(state?.fieldErrors, name);
  const assetError = Object.entries(state?.fieldErrors ?? {}).filter(([key]) => key.startsWith('assetIds')).flatMap(([, m]) => m);
  const money = (name: keyof ContractFormValues, label: string, hint?: string) => (
    <FormField id={name} label={label} error={error(name)} hint={hint}>
      <Input name={name} inputMode="decimal" defaultValue={v[name] as string} />
    </FormField>
  );
  return (
    <form onSubmit={onSubmit} className="space-y-5" aria-label={props.mode === 'create' ? 'New contract' : 'Amend contract'} noValidate>
      {Object.entries(props.hidden).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <input type="hidden" name="shown" value="isAutoRenew,assetIds" />
      {state && !state.ok ? <FormErrors error={state.message} /> : null}
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField id="name" label="Name" error={error('name')} required className="sm:col-span-2">
          <Input name="name" defaultValue={v.name} required maxLength={120} />
        </FormField>
        {props.mode === 'create' ? (
          <FormField id="kind" label="Kind" error={error('kind')} required>
            <Select name="kind" value={kind} onChange={(e) => setKind(e.target.value)} options={KIND_OPTIONS} />
          </FormField>
        ) : (
          <p className="text-sm"><span className="font-medium">Kind</span><br />{humanize(kind)}</p>
        )}
        {kind === 'managed' ? (
          <FormField id="tierId" label="Tier" error={error('tierId')} required>
            <Select name="tierId" defaultValue={v.tierId} placeholder="Choose a tier…" options={props.tiers.map((t) => ({ value: t.id, label: t.name }))} />
          </FormField>
        ) : <input type="hidden" name="tierId" value="" />}
        {props.mode === 'create' ? (
          <FormField id="startsOn" label="Starts on" error={error('startsOn')} required>
            <Input name="startsOn" type="date" defaultValue={v.startsOn} required />
          </FormField>
        ) : null}
        <FormField id="endsOn" label="Ends on" error={error('endsOn')} hint="Empty: open-ended.">
          <Input name="endsOn" type="date" defaultValue={v.endsOn} />
        </FormField>
        <FormField id="noticePeriodDays" label="Notice period (days)" error={error('noticePeriodDays')} required>
          <Input name="noticePeriodDays" type="number" min={0} max={730} defaultValue={v.noticePeriodDays} />
        </FormField>
        <div className="flex items-end"><Checkbox name="isAutoRenew" defaultChecked={v.isAutoRenew} label="Renews automatically" /></div>
      </div>
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-semibold">Fees and rates (empty rates fall back to the tier’s)</legend>
        {kind === 'managed' ? <>{money('monthlyFee', 'Monthly fee')}{money('monthlyBudget', 'Monthly budget', 'Instead of a fee; reviewed quarterly.')}</> : null}
        {kind === 'fixed_fee' ? money('fixedFee', 'Fixed fee') : null}
        {money('standardRate', 'Standard rate (per hour)')}
        {money('afterHoursMultiplier', 'After-hours multiplier')}
        {money('onsiteRate', 'Onsite rate (per hour)')}
        {kind === 'retainer' ? (
          <>
            {money('overageRate', 'Overage rate (per hour)', 'Work past the prepaid balance.')}
            {money('afterHoursBurnRate', 'After-hours burn rate', 'Units per after-hours unit; empty: 1×.')}
            <FormField id="lowBalanceUnits" label="Low-balance notice below (units)" error={error('lowBalanceUnits')}>
              <Input name="lowBalanceUnits" type="number" min={0} defaultValue={v.lowBalanceUnits} />
            </FormField>
          </>
        ) : null}
      </fieldset>
      <FormField id="exclusions" label="Exclusions" error={error('exclusions')}>
        <Textarea name="exclusions" rows={3} defaultValue={v.exclusions} maxLength={4000} />
      </FormField>
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">Covered assets</legend>
        {props.assets.length === 0 ? <p className="text-sm text-muted-foreground">This client has no assets in the CMDB.</p> : null}
        <div className="grid max-h-64 gap-1 overflow-y-auto rounded-md border p-2 sm:grid-cols-2">
          {props.assets.map((asset) => (
            <Checkbox key={asset.id} name="assetIds[]" value={asset.id} defaultChecked={v.assetIds.includes(asset.id)} label={`${asset.name} (${humanize(asset.class)}${asset.isSupported ? '' : ', unsupported'})`} />
          ))}
        </div>
        {assetError.length ? <p className="text-sm text-destructive">{assetError[0]}</p> : null}
      </fieldset>
      <Button type="submit" disabled={isPending}>{isPending ? 'Saving…' : props.submitLabel}</Button>
    </form>
  );
}
