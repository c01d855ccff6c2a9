'use client';

import { assignTicketAction, linkableAssetsAction, raiseEstimateAction, recordApprovalAction, updateTicketAction } from '@/app/_actions/ticket-actions.ts';
import { ActionForm } from '@/components/forms/action-form.tsx';
import { LinkedAssetsField } from './linked-assets-field.tsx';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card.tsx';
import { Input } from '@/components/ui/input.tsx';
import { Label } from '@/components/ui/label.tsx';
import { Select } from '@/components/ui/select.tsx';
import { Textarea } from '@/components/ui/textarea.tsx';
import { humanize } from '@/lib/utils/format.ts';

const opts = (values: readonly string[]) => values.map((value) => ({ value, label: humanize(value) }));
const TYPES = opts(['incident', 'service_request', 'problem', 'change', 'maintenance', 'alert']);
const PHASES = opts(['assessment', 'remediation']);
const PRIORITIES = opts(['P1', 'P2', 'P3', 'P4']);
const ESTIMATE_KINDS = [{ value: 'hours', label: 'Hours' }, { value: 'flat_fee', label: 'Flat fee' }];

export interface TicketWorkPanelProps {
  ticket: { id: string; number: number; type: string; phase: string | null; priority: string; status: string; assigneeId: string | null };
  /** the current status and those it may move to */
  statuses: string[];
  staff: { id: string; name: string }[];
  linkedAssets: { id: string; name: string; class: string }[];
  pendingEstimates: { id: string; description: string }[];
}

function Hidden({ ticket }: { ticket: TicketWorkPanelProps['ticket'] }) {
  return (
    <>
      <input type="hidden" name="ticketId" value={ticket.id} />
      <input type="hidden" name="ticketNumber" value={ticket.number} />
    </>
  );
}

/**
 * The technician's controls: classify, move through the lifecycle, assign, estimate. A client
 * component fed plain data: the page's payload carries the ticket's few fields, not the forms.
 */
export function TicketWorkPanel(props: TicketWorkPanelProps) {
  const { ticket } = props;
  return (
    <Card>
      <CardHeader><CardTitle as="h2">Work the ticket</CardTitle></CardHeader>
      <CardContent className="space-y-6">
        <ActionForm action={assignTicketAction} label="Assign" submitLabel="Assign" submitVariant="secondary" className="flex flex-wrap items-end gap-2">
          <Hidden ticket={ticket} />
          <div className="space-y-1">
            <Label htmlFor="assigneeId">Assignee</Label>
            <Select id="assigneeId" name="assigneeId" defaultValue={ticket.assigneeId ?? ''} placeholder="Unassigned" options={props.staff.map((s) => ({ value: s.id, label: s.name }))} />
          </div>
        </ActionForm>
        <ActionForm action={updateTicketAction} label="Classify and change status" submitLabel="Save changes">
          <Hidden ticket={ticket} />
          <div className="grid gap-3 sm:grid-cols-4">
            <div className="space-y-1"><Label htmlFor="type">Type</Label><Select id="type" name="type" defaultValue={ticket.type} options={TYPES} /></div>
            <div className="space-y-1"><Label htmlFor="phase">Phase (maintenance)</Label><Select id="phase" name="phase" defaultValue={ticket.phase ?? ''} placeholder="—" options={PHASES} /></div>
            <div className="space-y-1"><Label htmlFor="priority">Priority</Label><Select id="priority" name="priority" defaultValue={ticket.priority} options={PRIORITIES} /></div>
            <div className="space-y-1"><Label htmlFor="status">Status</Label><Select id="status" name="status" defaultValue={ticket.status} options={opts(props.statuses)} /></div>
          </div>
          <LinkedAssetsField ticketId={ticket.id} linked={props.linkedAssets} loadAction={linkableAssetsAction} />
        </ActionForm>
        <ActionForm action={raiseEstimateAction} label="Raise an estimate" submitLabel="Send estimate for approval" submitVariant="secondary">
          <Hidden ticket={ticket} />
          <div className="space-y-1"><Label htmlFor="est-description">Estimate for billable work</Label><Textarea id="est-description" name="description" rows={2} placeholder="What will be done" /></div>
          <div className="grid gap-3 sm:grid-cols-3">
            <div className="space-y-1"><Label htmlFor="est-kind">Kind</Label><Select id="est-kind" name="kind" defaultValue="hours" options={ESTIMATE_KINDS} /></div>
            <div className="space-y-1"><Label htmlFor="est-hours">Hours</Label><Input id="est-hours" name="hours" type="number" step="0.25" min="0.25" /></div>
            <div className="space-y-1"><Label htmlFor="est-amount">Flat fee</Label><Input id="est-amount" name="amount" inputMode="decimal" placeholder="450.00" /></div>
          </div>
        </ActionForm>
        {props.pendingEstimates.map((estimate) => (
          <ActionForm key={estimate.id} action={recordApprovalAction} label="Record consent given by phone" submitLabel="Record approval" submitVariant="outline" className="flex flex-wrap items-end gap-2">
            <Hidden ticket={ticket} />
            <input type="hidden" name="estimateId" value={estimate.id} />
            <div className="space-y-1">
              <Label htmlFor={`approvedBy-${estimate.id}`}>Approved by phone: “{estimate.description}”</Label>
              <Input id={`approvedBy-${estimate.id}`} name="approvedBy" placeholder="Customer's name" />
            </div>
          </ActionForm>
        ))}
      </CardContent>
    </Card>
  );
}
