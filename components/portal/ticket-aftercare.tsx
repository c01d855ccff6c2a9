import Link from 'next/link';
import type { ActionState } from '@/app/_lib/action.ts';
import type { PortalTicketDetails } from '@/lib/server/tickets/get-portal-ticket-details.ts';
import { ActionForm } from '@/components/forms/action-form.tsx';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card.tsx';
import { Label } from '@/components/ui/label.tsx';
import { Textarea } from '@/components/ui/textarea.tsx';
import { formatDateTime } from '@/lib/utils/format.ts';

type FormAction = (state: ActionState | null, formData: FormData) => Promise<ActionState>;

const SCORES = [
  { value: 5, label: '5 — excellent' },
  { value: 4, label: '4 — good' },
  { value: 3, label: '3 — fair' },
  { value: 2, label: '2 — poor' },
  { value: 1, label: '1 — very poor' },
];

/** After resolution: reopen within 7 days, and rate how it went (once). */
export function TicketAftercare(props: {
  details: PortalTicketDetails;
  ticketId: string;
  ticketNumber: number;
  timezone: string;
  reopenAction: FormAction;
  rateAction: FormAction;
}) {
  const { details } = props;
  const hidden = (
    <>
      <input type="hidden" name="ticketId" value={props.ticketId} />
      <input type="hidden" name="ticketNumber" value={props.ticketNumber} />
    </>
  );
  const showReopen = details.reopen.state !== 'open';
  if (!showReopen && !details.canRate && !details.satisfaction) return null;
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">How did we do?</CardTitle>
      </CardHeader>
      <CardContent className="space-y-6">
        {details.satisfaction ? (
          <p className="text-sm" data-testid="satisfaction">
            You rated this {details.satisfaction.score} out of 5{details.satisfaction.comment ? `: “${details.satisfaction.comment}”` : '.'}
          </p>
        ) : null}
        {details.canRate ? (
          <ActionForm action={props.rateAction} label="Rate the resolution" submitLabel="Send rating" submitVariant="secondary">
            {hidden}
            <fieldset className="space-y-2">
              <legend className="text-sm font-medium">Rate the resolution</legend>
              <div className="flex flex-wrap gap-2">
                {SCORES.map((score) => (
                  <label key={score.value} className="flex items-center gap-2 rounded-md border border-input px-3 py-2 text-sm">
                    <input type="radio" name="score" value={score.value} required className="accent-primary" />
                    {score.label}
                  </label>
                ))}
              </div>
            </fieldset>
            <div className="space-y-1">
              <Label htmlFor="rating-comment">Comment (optional)</Label>
              <Textarea id="rating-comment" name="comment" rows={2} maxLength={2000} />
            </div>
          </ActionForm>
        ) : null}
        {details.reopen.state === 'allowed' ? (
          <ActionForm action={props.reopenAction} label="Reopen" submitLabel="Reopen the ticket" submitVariant="outline">
            {hidden}
            <div className="space-y-1">
              <Label htmlFor="reopen-reason">Not fixed after all? Tell us what is still wrong.</Label>
              <Textarea id="reopen-reason" name="reason" rows={2} required minLength={3} />
              <p className="text-xs text-muted-foreground">You can reopen it until {formatDateTime(details.reopen.deadline, props.timezone)}.</p>
            </div>
          </ActionForm>
        ) : null}
        {details.reopen.state === 'expired' || details.reopen.state === 'closed' ? (
          <p className="text-sm text-muted-foreground" data-testid="reopen-refusal">
            {details.reopen.state === 'closed' ? 'This ticket is closed.' : 'It is more than 7 days since this was resolved, so it can no longer be reopened.'} If the problem is back, please{' '}
            <Link className="underline" href="/portal/tickets/new">open a new request</Link> and mention #{props.ticketNumber}.
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}
