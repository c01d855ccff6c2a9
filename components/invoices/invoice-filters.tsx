import Link from 'next/link';
import { Button } from '@/components/ui/button.tsx';
import { FormField } from '@/components/ui/form-field.tsx';
import { Input } from '@/components/ui/input.tsx';
import { Select } from '@/components/ui/select.tsx';

export interface InvoiceFilterValues {
  period: string;
  status?: string;
  clientId?: string;
}

const STATUS_OPTIONS = [
  { value: 'draft', label: 'Draft' },
  { value: 'issued', label: 'Issued' },
  { value: 'paid', label: 'Paid' },
  { value: 'void', label: 'Void' },
];

/** Month, status and client as a plain GET form, so every view has a URL. */
export function InvoiceFilters(props: { basePath: string; values: InvoiceFilterValues; clients: { id: string; name: string }[] }) {
  const v = props.values;
  return (
    <form method="get" action={props.basePath} role="search" aria-label="Filter invoices" className="grid gap-3 rounded-lg border bg-card p-4 sm:grid-cols-2 lg:grid-cols-4">
      <FormField id="filter-period" label="Month">
        <Input name="period" type="month" defaultValue={v.period} required />
      </FormField>
      <FormField id="filter-status" label="Status">
        <Select name="status" defaultValue={v.status ?? ''} placeholder="Any status" options={STATUS_OPTIONS} />
      </FormField>
      <FormField id="filter-client" label="Client">
        <Select name="clientId" defaultValue={v.clientId ?? ''} placeholder="All clients" options={props.clients.map((c) => ({ value: c.id, label: c.name }))} />
      </FormField>
      <div className="flex items-end gap-2">
        <Button type="submit" size="sm">Show</Button>
        <Button asChild size="sm" variant="ghost">
          <Link href={props.basePath}>This month</Link>
        </Button>
      </div>
    </form>
  );
}
