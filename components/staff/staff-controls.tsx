'use client';

import { useActionState, useEffect } from 'react';
import { reportActionResult as report } from '@/components/forms/report-action-result.ts';
import type { ActionState } from '@/app/_lib/action.ts';
import { Button } from '@/components/ui/button.tsx';
import { ConfirmDialog } from '@/components/ui/confirm-dialog.tsx';
import { Select } from '@/components/ui/select.tsx';

type FormAction = (state: ActionState | null, formData: FormData) => Promise<ActionState>;

export const STAFF_ROLE_OPTIONS = [
  { value: 'technician', label: 'Technician — console' },
  { value: 'account_manager', label: 'Account manager — console, contracts, reviews' },
  { value: 'admin', label: 'Administrator — everything' },
];

/** Role and access of one colleague; never shown on the administrator's own row. */
export function StaffControls(props: {
  user: { id: string; name: string; role: string; isActive: boolean; isInvitePending: boolean; teamId: string | null };
  teams: { id: string; name: string }[];
  roleAction: FormAction;
  activeAction: FormAction;
  resendAction: FormAction;
  teamAction: FormAction;
}) {
  const { user } = props;
  const [roleState, roleFormAction, isRolePending] = useActionState(props.roleAction, null);
  useEffect(() => {
    if (roleState) report(roleState);
  }, [roleState]);
  if (!user.isActive) {
    return (
      <form action={async (formData) => report(await props.activeAction(null, formData))}>
        <input type="hidden" name="userId" value={user.id} />
        <input type="hidden" name="isActive" value="true" />
        <Button type="submit" size="sm" variant="outline">Reactivate</Button>
      </form>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      {user.isInvitePending ? (
        <form action={async (formData) => report(await props.resendAction(null, formData))}>
          <input type="hidden" name="userId" value={user.id} />
          <Button type="submit" size="sm" variant="outline">Resend invitation</Button>
        </form>
      ) : null}
      <form action={roleFormAction} className="flex gap-2" aria-label={`Change the role of ${user.name}`}>
        <input type="hidden" name="userId" value={user.id} />
        <Select name="role" aria-label={`Role of ${user.name}`} defaultValue={user.role} options={STAFF_ROLE_OPTIONS} className="h-8 w-44" />
        <Button type="submit" size="sm" variant="outline" disabled={isRolePending}>Change role</Button>
      </form>
      {props.teams.length ? <TeamSelect user={user} teams={props.teams} action={props.teamAction} /> : null}
      <ConfirmDialog
        action={async (formData) => report(await props.activeAction(null, formData))}
        fields={{ userId: user.id, isActive: 'false' }}
        title={`Deactivate ${user.name}?`}
        description="They are signed out, can no longer sign in, and their API tokens stop working. Their tickets and time stay. You can reactivate them later."
        confirmLabel="Deactivate"
        triggerLabel="Deactivate"
        triggerSize="sm"
      />
    </div>
  );
}

/** The colleague's team (a button, like the role: arrow keys on a select must not submit). */
function TeamSelect(props: { user: { id: string; name: string; teamId: string | null }; teams: { id: string; name: string }[]; action: FormAction }) {
  return (
    <form action={async (formData) => report(await props.action(null, formData))} className="flex gap-2" aria-label={`Change the team of ${props.user.name}`}>
      <input type="hidden" name="userId" value={props.user.id} />
      <Select
        name="teamId"
        aria-label={`Team of ${props.user.name}`}
        defaultValue={props.user.teamId ?? ''}
        placeholder="No team"
        options={props.teams.map((team) => ({ value: team.id, label: team.name }))}
        className="h-8 w-40"
      />
      <Button type="submit" size="sm" variant="outline">Set team</Button>
    </form>
  );
}
