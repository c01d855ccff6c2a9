import { ClientCombobox } from '@/components/clients/client-combobox.tsx';
import { Button } from '@/components/ui/button.tsx';
import { Input } from '@/components/ui/input.tsx';
import { Select } from '@/components/ui/select.tsx';
import { StaticMarkup } from '@/components/ui/static-markup.tsx';
import type { ClientOption } from '@/lib/server/clients/search-clients.ts';
import { humanize } from '@/lib/utils/format.ts';

const options = (values: readonly string[]) => values.map((value) => ({ value, label: humanize(value) }));

/**
 * A GET form: filters live in the URL, so a queue view can be bookmarked and shared. Every
 * queue page carries it, so all but the client picker is static markup; its wrappers are
 * `display: contents`, leaving the controls in the form's grid.
 */
export function QueueFilters(props: {
  queue: string;
  values: Record<string, string | undefined>;
  /** the client filtered on, if any (the picker fetches the others as you type) */
  client: ClientOption | null;
  assignees: { id: string; name: string }[];
}) {
  const v = props.values;
  return (
    <form action="/console" className="grid gap-2 rounded-md border border-border p-3 sm:grid-cols-4 lg:grid-cols-8" aria-label="Filter the queue">
      <StaticMarkup as="div" className="contents">
        <input type="hidden" name="queue" value={props.queue} />
        <div className="sm:col-span-2">
          <label htmlFor="q" className="sr-only">Search subject, description and comments</label>
          <Input id="q" name="q" type="search" defaultValue={v.q} placeholder="Search text or #number" />
        </div>
      </StaticMarkup>
      <ClientCombobox name="clientId" label="Client" placeholder="Any client" initial={props.client} />
      <StaticMarkup as="div" className="contents">
        <Select aria-label="Type" name="type" defaultValue={v.type ?? ''} placeholder="Any type" options={options(['incident', 'service_request', 'problem', 'change', 'maintenance', 'alert'])} />
        <Select aria-label="Priority" name="priority" defaultValue={v.priority ?? ''} placeholder="Any priority" options={options(['P1', 'P2', 'P3', 'P4'])} />
        <Select aria-label="Status" name="status" defaultValue={v.status ?? ''} placeholder="Any status" options={options(['new', 'triaged', 'in_progress', 'waiting_on_customer', 'awaiting_approval', 'resolved', 'closed'])} />
        <Select aria-label="Assignee" name="assigneeId" defaultValue={v.assigneeId ?? ''} placeholder="Anyone" options={props.assignees.map((a) => ({ value: a.id, label: a.name }))} />
        <div className="flex gap-2">
          <Select aria-label="Channel" name="channel" defaultValue={v.channel ?? ''} placeholder="Any channel" options={options(['portal', 'email', 'phone', 'hotline'])} />
          <Button type="submit" variant="secondary">Filter</Button>
        </div>
      </StaticMarkup>
    </form>
  );
}
