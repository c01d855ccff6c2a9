import type { Metadata } from 'next';
import { requirePageActor } from '@/app/_lib/session.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { listClientSummaries } from '@/lib/server/clients/list-client-summaries.ts';
import { createTicketAction } from '@/app/_actions/ticket-actions.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { ActionForm } from '@/components/forms/action-form.tsx';
import { Card, CardContent } from '@/components/ui/card.tsx';
import { Input } from '@/components/ui/input.tsx';
import { Label } from '@/components/ui/label.tsx';
import { Select } from '@/components/ui/select.tsx';
import { Textarea } from '@/components/ui/textarea.tsx';
import { humanize } from '@/lib/utils/format.ts';

export const metadata: Metadata = { title: 'New ticket' };

const opts = (values: string[]) => values.map((value) => ({ value, label: humanize(value) }));

export default async function NewTicketPage({ searchParams }: { searchParams: Promise<{ clientId?: string }> }) {
  const actor = await requirePageActor({ roles: STAFF_ROLES });
  const clients = (await listClientSummaries({ actor })).filter((c) => c.status !== 'offboarded');
  const { clientId } = await searchParams;
  return (
    <>
      <PageHeader title="New ticket" description="For a call or an e-mail: the channel must be one the client's tier includes (only Platinum has the hotline)." />
      <Card className="max-w-3xl">
        <CardContent className="pt-6">
          <ActionForm action={createTicketAction} label="New ticket" submitLabel="Create ticket" pendingLabel="Creating…">
            <div className="grid gap-3 sm:grid-cols-2">
              <div className="space-y-1"><Label htmlFor="clientId" required>Client</Label><Select id="clientId" name="clientId" defaultValue={clientId ?? ''} placeholder="Choose the client" options={clients.map((c) => ({ value: c.id, label: `${c.name} — ${c.agreement}` }))} required /></div>
              <div className="space-y-1"><Label htmlFor="channel">Channel</Label><Select id="channel" name="channel" defaultValue="phone" options={opts(['phone', 'hotline', 'email', 'portal'])} /></div>
              <div className="space-y-1"><Label htmlFor="type">Type</Label><Select id="type" name="type" defaultValue="incident" options={opts(['incident', 'service_request', 'problem', 'change', 'maintenance', 'alert'])} /></div>
              <div className="space-y-1"><Label htmlFor="priority">Priority</Label><Select id="priority" name="priority" defaultValue="P3" options={opts(['P1', 'P2', 'P3', 'P4'])} /></div>
            </div>
            <div className="space-y-1"><Label htmlFor="subject" required>Subject</Label><Input id="subject" name="subject" required minLength={3} maxLength={200} /></div>
            <div className="space-y-1"><Label htmlFor="description">What the caller said</Label><Textarea id="description" name="description" rows={5} /></div>
          </ActionForm>
        </CardContent>
      </Card>
    </>
  );
}
