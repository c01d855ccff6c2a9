'use client';

import { useActionState, useEffect, useState } from 'react';
import Link from 'next/link';
import { toast } from 'sonner';
import type { ActionState } from '@/app/_lib/action.ts';
import { Button } from '@/components/ui/button.tsx';
import { Select } from '@/components/ui/select.tsx';
import { Input } from '@/components/ui/input.tsx';
import { FormErrors } from '@/components/ui/field-errors.tsx';

type FormAction = (state: ActionState | null, formData: FormData) => Promise<ActionState>;

function useToastResult(state: ActionState | null) {
  useEffect(() => {
    if (state?.ok && state.message) toast.success(state.message);
  }, [state]);
}

function Elapsed({ since }: { since: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  const seconds = Math.max(0, Math.floor((now - new Date(since).getTime()) / 1000));
  const hh = String(Math.floor(seconds / 3600)).padStart(2, '0');
  const mm = String(Math.floor((seconds % 3600) / 60)).padStart(2, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  return <span className="font-mono tabular-nums" aria-label="Elapsed time">{hh}:{mm}:{ss}</span>;
}

/** Start/stop timing this ticket; stopping logs the entry and shows its decision. */
export function TimerControl(props: {
  ticketId: string;
  ticketNumber: number;
  running: { ticketNumber: number; startedAt: string } | null;
  startAction: FormAction;
  stopAction: FormAction;
  discardAction: FormAction;
}) {
  const [startState, start, isStarting] = useActionState(props.startAction, null);
  const [stopState, stop, isStopping] = useActionState(props.stopAction, null);
  const [discardState, discard] = useActionState(props.discardAction, null);
  useToastResult(startState);
  useToastResult(stopState);
  useToastResult(discardState);
  const error = [startState, stopState, discardState].find((s) => s && !s.ok)?.message;

  if (props.running && props.running.ticketNumber !== props.ticketNumber) {
    return (
      <p className="text-sm">
        Your timer is running on <Link className="underline" href={`/console/tickets/${props.running.ticketNumber}`}>#{props.running.ticketNumber}</Link>.
      </p>
    );
  }
  if (props.running) {
    return (
      <div className="space-y-2">
        <FormErrors error={error} />
        <form action={stop} className="flex flex-wrap items-center gap-3" aria-label="Stop timer">
          <span className="text-sm">Timing <Elapsed since={props.running.startedAt} /></span>
          <input type="hidden" name="ticketNumber" value={props.ticketNumber} />
          <label htmlFor="timer-notes" className="sr-only">Notes for this work</label>
          <Input id="timer-notes" name="notes" placeholder="What did you do?" className="w-64" />
          <Button type="submit" disabled={isStopping}>{isStopping ? 'Stopping…' : 'Stop and log'}</Button>
        </form>
        <form action={discard}>
          <input type="hidden" name="ticketNumber" value={props.ticketNumber} />
          <Button type="submit" variant="ghost" size="sm">Discard timer</Button>
        </form>
      </div>
    );
  }
  return (
    <form action={start} className="flex flex-wrap items-center gap-3" aria-label="Start timer">
      <FormErrors error={error} />
      {stopState?.ok ? <p role="status" className="w-full text-sm" data-testid="timer-result">{stopState.message}</p> : null}
      <input type="hidden" name="ticketId" value={props.ticketId} />
      <input type="hidden" name="ticketNumber" value={props.ticketNumber} />
      <label htmlFor="timer-mode" className="text-sm">Mode</label>
      <Select id="timer-mode" name="mode" defaultValue="remote" className="w-32" options={[{ value: 'remote', label: 'Remote' }, { value: 'phone', label: 'Phone' }, { value: 'onsite', label: 'Onsite' }]} />
      <Button type="submit" variant="secondary" disabled={isStarting}>{isStarting ? 'Starting…' : 'Start timer'}</Button>
    </form>
  );
}
