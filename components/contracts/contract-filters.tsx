import Link from 'next/link';
import { Button } from '@/components/ui/button.tsx';
import { FormField } from '@/components/ui/form-field.tsx';
import { Input } from '@/components/ui/input.tsx';
import { Select } from '@/components/ui/select.tsx';
import { KIND_OPTIONS, STATUS_OPTIONS } from './contract-options.ts';

export type ContractFilterValues = Partial<Record<'clientId' | 'kind' | 'status' | 'endingWithinDays', string>>;

/** Filters as a GET form, so every filtered list has a URL. */
export function ContractFilters(props: { values: ContractFilterValues; clients: { id: string; name: string }[] }) {
  const v = props.values;
  return (
    <form method="get" action="/console/contracts" role="search" aria-label="Filter contracts" className="grid gap-3 rounded-lg border bg-card p-4 sm:grid-cols-2 lg:grid-cols-5">
      <FormField id="filter-client" label="Client">
        <Select name="clientId" defaultValue={v.clientId ?? ''} placeholder="All clients" options={props.clients.map((c) => ({ value: c.id, label: c.name }))} />
      </FormField>
      <FormField id="filter-kind" label="Kind">
        <Select name="kind" defaultValue={v.kind ?? ''} placeholder="All kinds" options={KIND_OPTIONS} />
      </FormField>
      <FormField id="filter-status" label="Status">
        <Select name="status" defaultValue={v.status ?? ''} placeholder="Any status" options={STATUS_OPTIONS} />
      </FormField>
      <FormField id="filter-ending" label="Ending within (days)">
        <Input name="endingWithinDays" type="number" min={0} max={3650} defaultValue={v.endingWithinDays ?? ''} placeholder="e.g. 90" />
      </FormField>
      <div className="flex items-end gap-2">
        <Button type="submit" size="sm">Apply filters</Button>
        <Button asChild size="sm" variant="ghost"><Link href="/console/contracts">Clear</Link></Button>
      </div>
    </form>
  );
}
