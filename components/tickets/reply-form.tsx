'use client';

import { useActionState, useEffect, useRef } from 'react';
import { toast } from 'sonner';
import type { ActionState } from '@/app/_lib/action.ts';
import { Button } from '@/components/ui/button.tsx';
import { Textarea } from '@/components/ui/textarea.tsx';
import { Checkbox } from '@/components/ui/checkbox.tsx';
import { FormField } from '@/components/ui/form-field.tsx';
import { FormErrors, getFieldError } from '@/components/ui/field-errors.tsx';

type FormAction = (state: ActionState | null, formData: FormData) => Promise<ActionState>;

/** Reply to the customer (or, for staff, write an internal note). */
export function ReplyForm(props: { action: FormAction; ticketId: string; ticketNumber: number; canWriteInternal: boolean }) {
  const [state, formAction, isPending] = useActionState(props.action, null);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) {
      toast.success(state.message ?? 'Sent.');
      formRef.current?.reset();
    }
  }, [state]);
  return (
    <form ref={formRef} action={formAction} className="space-y-3" aria-label="Reply">
      <input type="hidden" name="ticketId" value={props.ticketId} />
      <input type="hidden" name="ticketNumber" value={props.ticketNumber} />
      {state && !state.ok ? <FormErrors error={state.message} /> : null}
      <FormField id="reply-body" label={props.canWriteInternal ? 'Reply or note' : 'Your reply'} error={getFieldError(state?.fieldErrors, 'body')}>
        <Textarea name="body" rows={3} required />
      </FormField>
      <div className="flex flex-wrap items-center justify-between gap-3">
        {props.canWriteInternal ? <Checkbox name="isInternal" label="Internal note (never shown to the customer)" /> : <span />}
        <Button type="submit" disabled={isPending}>{isPending ? 'Sending…' : 'Send'}</Button>
      </div>
    </form>
  );
}
