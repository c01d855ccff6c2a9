import Link from 'next/link';
import { Button } from '@/components/ui/button.tsx';
import { FormField } from '@/components/ui/form-field.tsx';
import { Input } from '@/components/ui/input.tsx';
import { Select } from '@/components/ui/select.tsx';

export interface AuditFilterValues {
  entityType?: string;
  action?: string;
  actor?: string;
  clientId?: string;
  from?: string;
  to?: string;
}

/** The audit trail's filters as a plain GET form, so every filtered view has a URL. */
export function AuditFilters(props: { basePath: string; values: AuditFilterValues; entityTypes: string[]; clients: { id: string; name: string }[] }) {
  const v = props.values;
  return (
    <form method="get" action={props.basePath} role="search" aria-label="Filter the audit trail" className="grid gap-3 rounded-lg border bg-card p-4 sm:grid-cols-2 lg:grid-cols-4">
      <FormField id="audit-entity" label="Entity type">
        <Select name="entityType" defaultValue={v.entityType ?? ''} placeholder="Any type" options={props.entityTypes.map((t) => ({ value: t, label: t }))} />
      </FormField>
      <FormField id="audit-action" label="Action" hint="Starts with, e.g. invoice.">
        <Input name="action" defaultValue={v.action ?? ''} placeholder="invoice.issued" />
      </FormField>
      <FormField id="audit-actor" label="Actor e-mail" hint="Any part of it">
        <Input name="actor" defaultValue={v.actor ?? ''} placeholder="manager@" />
      </FormField>
      <FormField id="audit-client" label="Client">
        <Select name="clientId" defaultValue={v.clientId ?? ''} placeholder="Any client" options={props.clients.map((c) => ({ value: c.id, label: c.name }))} />
      </FormField>
      <FormField id="audit-from" label="From (UTC)">
        <Input name="from" type="date" defaultValue={v.from ?? ''} />
      </FormField>
      <FormField id="audit-to" label="To (UTC, inclusive)">
        <Input name="to" type="date" defaultValue={v.to ?? ''} />
      </FormField>
      <div className="flex items-end gap-2 lg:col-span-2">
        <Button type="submit" size="sm">Apply filters</Button>
        <Button asChild size="sm" variant="ghost">
          <Link href={props.basePath}>Clear</Link>
        </Button>
      </div>
    </form>
  );
}
