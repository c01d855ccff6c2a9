'use client';

import { startTransition, useActionState, useEffect, useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import type { ActionState } from '@/app/_lib/action.ts';
import { Button } from '@/components/ui/button.tsx';
import { Input } from '@/components/ui/input.tsx';
import { Select } from '@/components/ui/select.tsx';
import { Textarea } from '@/components/ui/textarea.tsx';
import { Checkbox } from '@/components/ui/checkbox.tsx';
import { FormField } from '@/components/ui/form-field.tsx';
import { FormErrors, getFieldError } from '@/components/ui/field-errors.tsx';
import { ASSET_CLASS_OPTIONS, EDITABLE_LIFECYCLE_OPTIONS, type AssetFormValues } from './asset-options.ts';

type FormAction = (state: ActionState | null, formData: FormData) => Promise<ActionState>;

interface ClientOption {
  id: string;
  name: string;
  sites: { id: string; name: string }[];
}

/**
 * Create (with a client choice) or edit a configuration item. Submitting through a transition
 * keeps what was typed when the server answers with field errors.
 */
export function AssetForm(props: {
  action: FormAction;
  values: AssetFormValues;
  /** create: the clients to choose from; edit: the asset's own client only */
  clients: ClientOption[];
  assetId?: string;
  defaultClientId?: string;
  submitLabel: string;
}) {
  const [state, formAction, isPending] = useActionState(props.action, null);
  const [clientId, setClientId] = useState(props.defaultClientId ?? (props.clients.length === 1 ? props.clients[0].id : ''));
  const isCreate = !props.assetId;
  useEffect(() => {
    if (state?.ok && state.message) toast.success(state.message);
  }, [state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  const errors = state?.fieldErrors;
  const error = (name: string) => getFieldError(errors, name);
  const v = props.values;
  const sites = props.clients.find((client) => client.id === clientId)?.sites ?? [];
  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-label={isCreate ? 'New asset' : 'Edit asset'} noValidate>
      {props.assetId ? <input type="hidden" name="assetId" value={props.assetId} /> : null}
      {state && !state.ok ? <FormErrors error={state.message} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {isCreate ? (
          <FormField id="clientId" label="Client" error={error('clientId')} required>
            <Select name="clientId" value={clientId} onChange={(e) => setClientId(e.target.value)} placeholder="Choose a client…" required options={props.clients.map((c) => ({ value: c.id, label: c.name }))} />
          </FormField>
        ) : null}
        <FormField id="siteId" label="Site" error={error('siteId')} hint={isCreate && !clientId ? 'Choose a client first.' : undefined}>
          <Select name="siteId" defaultValue={v.siteId} key={clientId} placeholder="No site" options={sites.map((s) => ({ value: s.id, label: s.name }))} />
        </FormField>
        <FormField id="name" label="Name" error={error('name')} required>
          <Input name="name" defaultValue={v.name} required maxLength={200} />
        </FormField>
        <FormField id="class" label="Class" error={error('class')} required>
          <Select name="class" defaultValue={v.class} placeholder="Choose a class…" required options={ASSET_CLASS_OPTIONS} />
        </FormField>
        <FormField id="make" label="Make" error={error('make')}>
          <Input name="make" defaultValue={v.make} maxLength={200} />
        </FormField>
        <FormField id="model" label="Model" error={error('model')}>
          <Input name="model" defaultValue={v.model} maxLength={200} />
        </FormField>
        <FormField id="serialNumber" label="Serial number" error={error('serialNumber')}>
          <Input name="serialNumber" defaultValue={v.serialNumber} maxLength={200} />
        </FormField>
        <FormField id="operatingSystem" label="Operating system" error={error('operatingSystem')}>
          <Input name="operatingSystem" defaultValue={v.operatingSystem} maxLength={200} />
        </FormField>
        <FormField id="lifecycle" label="Lifecycle" error={error('lifecycle')} hint={v.lifecycle === 'retired' ? 'Retired; choose a status to bring it back into service.' : undefined}>
          <Select name="lifecycle" defaultValue={v.lifecycle === 'retired' ? '' : v.lifecycle} placeholder={v.lifecycle === 'retired' ? 'Retired' : undefined} options={EDITABLE_LIFECYCLE_OPTIONS} />
        </FormField>
        <div className="grid grid-cols-2 gap-4">
          <FormField id="warrantyExpiresOn" label="Warranty expires" error={error('warrantyExpiresOn')}>
            <Input name="warrantyExpiresOn" type="date" defaultValue={v.warrantyExpiresOn} />
          </FormField>
          <FormField id="licenceExpiresOn" label="Licence expires" error={error('licenceExpiresOn')}>
            <Input name="licenceExpiresOn" type="date" defaultValue={v.licenceExpiresOn} />
          </FormField>
        </div>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-2">
          <Checkbox name="isSupported" defaultChecked={v.isSupported} label="Supported by us (untick when an audit finds it outside our expertise)" />
          <FormField id="unsupportedReason" label="Why unsupported" error={error('unsupportedReason')}>
            <Input name="unsupportedReason" defaultValue={v.unsupportedReason} maxLength={500} />
          </FormField>
        </div>
        <FormField id="notes" label="Internal notes" error={error('notes')}>
          <Textarea name="notes" rows={3} defaultValue={v.notes} />
        </FormField>
      </div>
      <div className="flex justify-end">
        <Button type="submit" disabled={isPending}>{isPending ? 'Saving…' : props.submitLabel}</Button>
      </div>
    </form>
  );
}
