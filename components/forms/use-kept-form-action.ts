'use client';

import { startTransition, useActionState, type FormEvent } from 'react';
import type { ActionState } from '@/app/_lib/action.ts';

type FormAction = (state: ActionState | null, formData: FormData) => Promise<ActionState>;

/**
 * useActionState, submitted by hand: a form `action` is reset by React after every submission,
 * which would wipe what the user typed when the answer is an error.
 */
export function useKeptFormAction(action: FormAction) {
  const [state, formAction, isPending] = useActionState(action, null);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }
  return { state, onSubmit, isPending };
}
