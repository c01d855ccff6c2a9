import { z } from 'zod';
import { db, type Db, type DbTx } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { AppError, notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';

const teamName = z.string().trim().min(2, 'A team name needs at least 2 characters.').max(60, 'Team names are limited to 60 characters.');

export const createTeamSchema = z.object({ name: teamName });
export const renameTeamSchema = z.object({ teamId: z.string(), name: teamName });

/** One team per name even when two admins name one at the same moment. */
async function lockTeamNames(tx: DbTx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('team-names', 0))`;
}

async function refuseTakenName(tx: DbTx, name: string, exceptId?: string): Promise<void> {
  const taken = await tx.team.findFirst({ where: { name: { equals: name, mode: 'insensitive' }, NOT: exceptId ? { id: exceptId } : undefined }, select: { id: true } });
  if (taken) throw new AppError('conflict', `There is already a team called “${name}”.`, { fieldErrors: { name: ['Choose another name.'] } });
}

/** A team by an id from a request. */
export async function findTeam(tx: DbTx, unverifiedTeamId: string): Promise<{ id: string; name: string }> {
  const id = z.uuid().safeParse(unverifiedTeamId);
  const team = id.success ? await tx.team.findUnique({ where: { id: id.data }, select: { id: true, name: true } }) : null;
  if (!team) throw notFound('The team');
  return team;
}

/** An administrator creates a team (names are unique, whatever their case). */
export async function createTeam(options: { actor: Actor | null; input: z.input<typeof createTeamSchema> }, database: Db = db): Promise<{ id: string; name: string }> {
  const actor = authorize(options.actor, { roles: ['admin'] });
  const input = parseOrThrow(createTeamSchema, options.input);
  return database.$transaction(async (tx) => {
    await lockTeamNames(tx);
    await refuseTakenName(tx, input.name);
    const team = await tx.team.create({ data: { name: input.name }, select: { id: true, name: true } });
    await recordAudit(tx, { actor, action: 'team.created', entityType: 'Team', entityId: team.id, after: { name: team.name } });
    return team;
  });
}

/** An administrator renames a team. */
export async function renameTeam(options: { actor: Actor | null; input: z.input<typeof renameTeamSchema> }, database: Db = db): Promise<{ id: string; name: string }> {
  const actor = authorize(options.actor, { roles: ['admin'] });
  const input = parseOrThrow(renameTeamSchema, options.input);
  return database.$transaction(async (tx) => {
    await lockTeamNames(tx);
    const team = await findTeam(tx, input.teamId);
    if (team.name === input.name) return team;
    await refuseTakenName(tx, input.name, team.id);
    const renamed = await tx.team.update({ where: { id: team.id }, data: { name: input.name }, select: { id: true, name: true } });
    await recordAudit(tx, { actor, action: 'team.renamed', entityType: 'Team', entityId: team.id, before: { name: team.name }, after: { name: renamed.name } });
    return renamed;
  });
}
