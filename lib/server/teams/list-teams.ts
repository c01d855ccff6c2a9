import { db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { OPEN_STATUSES } from '@/lib/server/tickets/ticket-queues.ts';

export interface TeamSummary {
  id: string;
  name: string;
  /** active staff in the team, by name */
  members: { id: string; name: string }[];
  openTickets: number;
}

/** Every team with its active members and open tickets, by name, for the staff page. */
export async function listTeams(options: { actor: Actor | null }, tx: DbTx = db): Promise<TeamSummary[]> {
  authorize(options.actor, { roles: ['admin'] });
  const teams = await tx.team.findMany({
    orderBy: { name: 'asc' },
    select: {
      id: true,
      name: true,
      users: { where: { isActive: true }, orderBy: { name: 'asc' }, select: { id: true, name: true } },
      _count: { select: { tickets: { where: { status: { in: [...OPEN_STATUSES] }, mergedIntoId: null } } } },
    },
  });
  return teams.map((team) => ({ id: team.id, name: team.name, members: team.users, openTickets: team._count.tickets }));
}
