'use client';

import { useActionState, useEffect } from 'react';
import { toast } from 'sonner';
import type { ActionState } from '@/app/_lib/action.ts';
import { ConfirmDialog } from '@/components/ui/confirm-dialog.tsx';
import { FormErrors } from '@/components/ui/field-errors.tsx';

type FormAction = (state: ActionState | null, formData: FormData) => Promise<ActionState>;

/** Retire behind a confirmation; the asset keeps its history and relationships. */
export function AssetRetireButton(props: { action: FormAction; assetId: string; assetName: string }) {
  const [state, formAction] = useActionState(props.action, null);
  useEffect(() => {
    if (state?.ok && state.message) toast.success(state.message);
  }, [state]);
  return (
    <div className="space-y-2">
      {state && !state.ok ? <FormErrors error={state.message} /> : null}
      <ConfirmDialog
        action={formAction}
        fields={{ assetId: props.assetId }}
        title={`Retire ${props.assetName}?`}
        description="It leaves service: it stays in the CMDB with its history, but can no longer be linked to new assets."
        confirmLabel="Retire asset"
        triggerLabel="Retire"
        triggerVariant="outline"
      />
    </div>
  );
}
