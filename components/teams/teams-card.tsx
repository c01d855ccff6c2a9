import { createTeamAction, renameTeamAction } from '@/app/_actions/staff-actions.ts';
import { ActionForm } from '@/components/forms/action-form.tsx';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card.tsx';
import { Input } from '@/components/ui/input.tsx';
import type { TeamSummary } from '@/lib/server/teams/list-teams.ts';

/** The MSP's teams: create and rename them; who is in which is chosen per colleague below. */
export function TeamsCard(props: { teams: TeamSummary[] }) {
  return (
    <Card className="mb-6">
      <CardHeader>
        <CardTitle as="h2">Teams</CardTitle>
      </CardHeader>
      <CardContent className="space-y-6">
        <p className="text-sm text-muted-foreground">A technician’s “My team” queue holds the open tickets of their team and of its members.</p>
        {props.teams.length === 0 ? <p className="text-sm">No teams yet.</p> : (
          <ul className="divide-y rounded-md border" aria-label="Teams">
            {props.teams.map((team) => (
              <li key={team.id} className="flex flex-wrap items-start justify-between gap-4 p-3" data-testid="team">
                <div className="min-w-0">
                  <p className="font-medium">{team.name}</p>
                  <p className="text-sm text-muted-foreground">
                    {team.members.length ? team.members.map((member) => member.name).join(', ') : 'No members'} · {team.openTickets} open tickets
                  </p>
                </div>
                <ActionForm action={renameTeamAction} label={`Rename ${team.name}`} submitLabel="Rename" submitVariant="outline" className="flex items-start gap-2">
                  <input type="hidden" name="teamId" value={team.id} />
                  <Input name="name" aria-label={`New name for ${team.name}`} defaultValue={team.name} required maxLength={60} className="h-9 w-48" />
                </ActionForm>
              </li>
            ))}
          </ul>
        )}
        <ActionForm action={createTeamAction} label="Create a team" submitLabel="Create team" className="flex flex-wrap items-start gap-2">
          <Input name="name" aria-label="Team name" placeholder="e.g. Service desk" required maxLength={60} className="h-9 w-64" />
        </ActionForm>
      </CardContent>
    </Card>
  );
}
