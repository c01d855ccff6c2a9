import Link from 'next/link';
import { Button } from '@/components/ui/button.tsx';
import { Checkbox } from '@/components/ui/checkbox.tsx';
import { FormField } from '@/components/ui/form-field.tsx';
import { Input } from '@/components/ui/input.tsx';
import { Select } from '@/components/ui/select.tsx';
import { ASSET_CLASS_OPTIONS, LIFECYCLE_OPTIONS } from './asset-options.ts';

export interface AssetFilterValues {
  clientId?: string;
  class?: string;
  lifecycle?: string;
  expiringWithinDays?: string;
  unsupportedOnly?: string;
  q?: string;
  sort?: string;
}

/** The CMDB's filters as a plain GET form, so every filtered view has a URL. */
export function AssetFilters(props: { basePath: string; values: AssetFilterValues; clients: { id: string; name: string }[] }) {
  const v = props.values;
  return (
    <form method="get" action={props.basePath} role="search" aria-label="Filter assets" className="grid gap-3 rounded-lg border bg-card p-4 sm:grid-cols-2 lg:grid-cols-4">
      <FormField id="filter-client" label="Client">
        <Select name="clientId" defaultValue={v.clientId ?? ''} placeholder="All clients" options={props.clients.map((c) => ({ value: c.id, label: c.name }))} />
      </FormField>
      <FormField id="filter-class" label="Class">
        <Select name="class" defaultValue={v.class ?? ''} placeholder="All classes" options={ASSET_CLASS_OPTIONS} />
      </FormField>
      <FormField id="filter-lifecycle" label="Lifecycle">
        <Select name="lifecycle" defaultValue={v.lifecycle ?? ''} placeholder="Any status" options={LIFECYCLE_OPTIONS} />
      </FormField>
      <FormField id="filter-expiring" label="Warranty or licence expiring within (days)">
        <Input name="expiringWithinDays" type="number" min={0} max={3650} defaultValue={v.expiringWithinDays ?? ''} placeholder="e.g. 90" />
      </FormField>
      <FormField id="filter-q" label="Search" className="lg:col-span-2">
        <Input name="q" type="search" defaultValue={v.q ?? ''} placeholder="Name, make, model or serial" />
      </FormField>
      <FormField id="filter-sort" label="Sort by">
        <Select name="sort" defaultValue={v.sort ?? 'name'} options={[{ value: 'name', label: 'Name' }, { value: 'expiry', label: 'Soonest expiry' }]} />
      </FormField>
      <div className="flex flex-col justify-end gap-3">
        <Checkbox name="unsupportedOnly" defaultChecked={v.unsupportedOnly === 'on'} label="Unsupported only" />
        <div className="flex gap-2">
          <Button type="submit" size="sm">Apply filters</Button>
          <Button asChild size="sm" variant="ghost">
            <Link href={props.basePath}>Clear</Link>
          </Button>
        </div>
      </div>
    </form>
  );
}
