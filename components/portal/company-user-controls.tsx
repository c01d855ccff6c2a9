'use client';

import { useActionState, useEffect } from 'react';
import { reportActionResult as report } from '@/components/forms/report-action-result.ts';
import type { ActionState } from '@/app/_lib/action.ts';
import { Button } from '@/components/ui/button.tsx';
import { ConfirmDialog } from '@/components/ui/confirm-dialog.tsx';

type FormAction = (state: ActionState | null, formData: FormData) => Promise<ActionState>;

/** Role change and (de)activation for one colleague; never shown on the admin's own row. */
export function CompanyUserControls(props: {
  user: { id: string; name: string; role: string; isActive: boolean; isInvitePending: boolean };
  roleAction: FormAction;
  activeAction: FormAction;
  resendAction: FormAction;
}) {
  const { user } = props;
  const [roleState, roleFormAction, isRolePending] = useActionState(props.roleAction, null);
  useEffect(() => {
    if (roleState) report(roleState);
  }, [roleState]);
  const nextRole = user.role === 'customer_admin' ? 'customer_user' : 'customer_admin';
  return (
    <div className="flex flex-wrap gap-2">
      {user.isActive && user.isInvitePending ? (
        <form action={async (formData) => report(await props.resendAction(null, formData))}>
          <input type="hidden" name="userId" value={user.id} />
          <Button type="submit" size="sm" variant="outline">Resend invitation</Button>
        </form>
      ) : null}
      {user.isActive ? (
        <form action={roleFormAction}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="role" value={nextRole} />
          <Button type="submit" size="sm" variant="outline" disabled={isRolePending}>
            {nextRole === 'customer_admin' ? 'Make admin' : 'Make user'}
          </Button>
        </form>
      ) : null}
      {user.isActive ? (
        <ConfirmDialog
          action={async (formData) => report(await props.activeAction(null, formData))}
          fields={{ userId: user.id, isActive: 'false' }}
          title={`Deactivate ${user.name}?`}
          description="They are signed out and can no longer sign in or use their links. Their tickets stay. You can reactivate them later."
          confirmLabel="Deactivate"
          triggerLabel="Deactivate"
          triggerSize="sm"
        />
      ) : (
        <form action={async (formData) => report(await props.activeAction(null, formData))}>
          <input type="hidden" name="userId" value={user.id} />
          <input type="hidden" name="isActive" value="true" />
          <Button type="submit" size="sm" variant="outline">Reactivate</Button>
        </form>
      )}
    </div>
  );
}
