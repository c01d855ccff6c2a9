'use client';

import { useEffect, type ReactNode } from 'react';
import { useKeptFormAction } from './use-kept-form-action.ts';
import { toast } from 'sonner';
import type { ActionState } from '@/app/_lib/action.ts';
import { Button, type ButtonProps } from '@/components/ui/button.tsx';

type FormAction = (state: ActionState | null, formData: FormData) => Promise<ActionState>;

/**
 * A small form around a server action: fields come as children (server-rendered), the result
 * is a toast, and errors — with every field's message — are listed above the fields.
 */
export function ActionForm(props: {
  action: FormAction;
  submitLabel: string;
  pendingLabel?: string;
  label: string;
  className?: string;
  submitVariant?: ButtonProps['variant'];
  children: ReactNode;
}) {
  const { state, onSubmit, isPending } = useKeptFormAction(props.action);
  useEffect(() => {
    if (state?.ok) toast.success(state.message ?? 'Saved.');
  }, [state]);
  const fieldMessages = Object.entries(state?.fieldErrors ?? {}).flatMap(([, messages]) => messages);
  return (
    <form onSubmit={onSubmit} aria-label={props.label} className={props.className ?? 'space-y-3'}>
      {state && !state.ok ? (
        <div role="alert" className="rounded-md border border-destructive/30 bg-destructive/10 p-2 text-sm text-destructive">
          <p>{state.message}</p>
          {fieldMessages.length ? <ul className="list-disc pl-5">{fieldMessages.map((m, i) => <li key={i}>{m}</li>)}</ul> : null}
        </div>
      ) : null}
      {props.children}
      <Button type="submit" variant={props.submitVariant} disabled={isPending}>{isPending ? (props.pendingLabel ?? 'Saving…') : props.submitLabel}</Button>
    </form>
  );
}
