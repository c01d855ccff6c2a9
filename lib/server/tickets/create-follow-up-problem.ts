import { z } from 'zod';
import { db, type Db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { authorize } from '@/lib/auth/authorize.ts';
import { STAFF_ROLES } from '@/lib/auth/roles.ts';
import { AppError, notFound } from '@/lib/errors/app-error.ts';
import { parseOrThrow } from '@/lib/errors/zod-errors.ts';
import { createTicket } from './create-ticket.ts';

const followUpSchema = z.object({ incidentId: z.uuid() });

/**
 * Solution design after a resolved incident (seed 002): a problem ticket linked to the incident,
 * with its assets — billable work that needs the customer's approval.
 */
export async function createFollowUpProblem(options: { actor: Actor | null; input: z.input<typeof followUpSchema>; now?: Date }, database: Db = db) {
  const actor = authorize(options.actor, { roles: STAFF_ROLES });
  const { incidentId } = parseOrThrow(followUpSchema, options.input);
  const incident = await database.ticket.findUnique({
    where: { id: incidentId },
    select: { id: true, number: true, subject: true, type: true, status: true, priority: true, channel: true, clientId: true, assets: { select: { assetId: true } } },
  });
  if (!incident) throw notFound('The incident');
  if (incident.type !== 'incident') throw new AppError('invalid', 'Follow-up problems start from an incident.');
  if (incident.status !== 'resolved' && incident.status !== 'closed') throw new AppError('conflict', 'Resolve the incident first; root-cause work follows the fix.');
  return createTicket(
    {
      actor,
      now: options.now,
      input: {
        clientId: incident.clientId,
        type: 'problem',
        priority: incident.priority === 'P1' ? 'P2' : incident.priority,
        channel: incident.channel,
        subject: `Root cause: ${incident.subject}`.slice(0, 200),
        description: `Solution design following incident #${incident.number}. The incident was resolved; this ticket investigates the underlying cause.`,
        assetIds: incident.assets.map((a) => a.assetId),
        parentTicketId: incident.id,
      },
    },
    database,
  );
}
