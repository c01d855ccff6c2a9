import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { findTeam } from '@/lib/server/teams/manage-teams.ts';
import { findStaffUser } from './staff-user.ts';

/** `teamId` '' takes the colleague out of any team. */
export const setStaffTeamSchema = z.object({ userId: z.string(), teamId: z.string() });

/**
 * An administrator puts a colleague in a team (or in none): their "My team" queue follows at
 * once, as it reads the team with every page. Their own account too: a team grants nothing.
 */
export async function setStaffTeam(
  options: { actor: Actor | null; input: z.input<typeof setStaffTeamSchema> },
  database: Db = db,
): Promise<{ id: string; team: { id: string; name: string } | null }> {
  const actor = authorize(options.actor, { roles: ['admin'] });
  const input = parseOrThrow(setStaffTeamSchema, options.input);
  return database.$transaction(async (tx) => {
    const user = await findStaffUser(tx, input.userId);
    const team = input.teamId ? await findTeam(tx, input.teamId) : null;
    const before = user.teamId;
    if (before === (team?.id ?? null)) return { id: user.id, team };
    await tx.user.update({ where: { id: user.id }, data: { teamId: team?.id ?? null } });
    await recordAudit(tx, { actor, action: 'user.team_changed', entityType: 'User', entityId: user.id, before: { teamId: before }, after: { teamId: team?.id ?? null, team: team?.name ?? null } });
    return { id: user.id, team };
  });
}
