import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { listQueue } from '@/lib/server/tickets/list-queue.ts';
import { listTeams } from '@/lib/server/teams/list-teams.ts';
import { createTeam, renameTeam } from '@/lib/server/teams/manage-teams.ts';
import { listStaff } from '@/lib/server/users/list-staff.ts';
import { setStaffTeam } from '@/lib/server/users/set-staff-team.ts';
import { actorOf, makeClient, makeTicket, makeUser } from '@/tests/factories/index.ts';

const uniqueName = (prefix: string) => `${prefix} ${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

async function people() {
  const client = await makeClient(db);
  return {
    client,
    admin: actorOf(await makeUser(db, { role: 'admin' })),
    technician: await makeUser(db, { role: 'technician' }),
    colleague: await makeUser(db, { role: 'technician' }),
    customer: await makeUser(db, { role: 'customer_admin', clientId: client.id }),
  };
}

describe('teams', () => {
  it('an admin creates and renames teams; names stay unique whatever their case, and each change is audited', async () => {
    const { admin } = await people();
    const name = uniqueName('Service desk');
    const team = await createTeam({ actor: admin, input: { name: `  ${name} ` } });
    expect(team.name).toBe(name);
    await expect(createTeam({ actor: admin, input: { name: name.toUpperCase() } })).rejects.toMatchObject({ code: 'conflict', message: `There is already a team called “${name.toUpperCase()}”.` });
    await expect(createTeam({ actor: admin, input: { name: ' x ' } })).rejects.toMatchObject({ code: 'invalid', fieldErrors: { name: ['A team name needs at least 2 characters.'] } });

    const other = await createTeam({ actor: admin, input: { name: uniqueName('Projects') } });
    await expect(renameTeam({ actor: admin, input: { teamId: other.id, name } })).rejects.toMatchObject({ code: 'conflict' });
    const renamed = await renameTeam({ actor: admin, input: { teamId: other.id, name: `${name} 2` } });
    expect(renamed.name).toBe(`${name} 2`);
    await expect(renameTeam({ actor: admin, input: { teamId: 'not-a-team', name: 'Whatever' } })).rejects.toMatchObject({ code: 'not_found' });

    expect(await db.auditLog.count({ where: { entityId: { in: [team.id, other.id] }, action: { in: ['team.created', 'team.renamed'] } } })).toBe(3);
    expect(await db.team.count({ where: { name: { equals: name, mode: 'insensitive' } } })).toBe(1);
  });

  it('putting a technician in a team fills their “My team” queue with the team’s open tickets at once', async () => {
    const { admin, client, technician, colleague } = await people();
    const team = await createTeam({ actor: admin, input: { name: uniqueName('Field') } });
    await setStaffTeam({ actor: admin, input: { userId: colleague.id, teamId: team.id } });
    const ticket = await makeTicket(db, { clientId: client.id, assigneeId: colleague.id });
    const teamQueue = () => listQueue({ actor: actorOf(technician), input: { queue: 'team' } }).then((page) => page.items.map((item) => item.id));
    expect(await teamQueue()).not.toContain(ticket.id);

    const moved = await setStaffTeam({ actor: admin, input: { userId: technician.id, teamId: team.id } });
    expect(moved.team).toEqual({ id: team.id, name: team.name });
    expect(await teamQueue()).toContain(ticket.id);
    const summary = (await listTeams({ actor: admin })).find((t) => t.id === team.id)!;
    expect(summary.members.map((m) => m.id).sort()).toEqual([technician.id, colleague.id].sort());
    expect(summary.openTickets).toBe(0); // the ticket is the team's through its assignee, not assigned to the team itself
    expect((await listStaff({ actor: admin })).find((member) => member.id === technician.id)?.teamId).toBe(team.id);

    await setStaffTeam({ actor: admin, input: { userId: technician.id, teamId: '' } });
    expect(await teamQueue()).not.toContain(ticket.id);
    expect(await db.auditLog.count({ where: { entityId: technician.id, action: 'user.team_changed' } })).toBe(2);
  });

  it('only admins manage teams; a customer account or an unknown team is refused and nothing changes', async () => {
    const { admin, technician, customer } = await people();
    const team = await createTeam({ actor: admin, input: { name: uniqueName('Night shift') } });
    for (const actor of [actorOf(technician), actorOf(customer), actorOf(await makeUser(db, { role: 'account_manager' }))]) {
      await expect(createTeam({ actor, input: { name: uniqueName('Rogue') } })).rejects.toMatchObject({ code: 'forbidden' });
      await expect(renameTeam({ actor, input: { teamId: team.id, name: uniqueName('Rogue') } })).rejects.toMatchObject({ code: 'forbidden' });
      await expect(setStaffTeam({ actor, input: { userId: technician.id, teamId: team.id } })).rejects.toMatchObject({ code: 'forbidden' });
      await expect(listTeams({ actor })).rejects.toMatchObject({ code: 'forbidden' });
    }
    await expect(setStaffTeam({ actor: admin, input: { userId: customer.id, teamId: team.id } })).rejects.toMatchObject({ code: 'not_found' });
    await expect(setStaffTeam({ actor: admin, input: { userId: technician.id, teamId: crypto.randomUUID() } })).rejects.toMatchObject({ code: 'not_found' });
    expect((await db.user.findUniqueOrThrow({ where: { id: technician.id } })).teamId).toBeNull();
    expect((await db.team.findUniqueOrThrow({ where: { id: team.id } })).name).toBe(team.name);
  });
});
