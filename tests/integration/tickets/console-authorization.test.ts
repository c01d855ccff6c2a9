import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import type { Actor } from '@/lib/auth/actor.ts';
import { logTime } from '@/lib/server/time/log-time.ts';
import { discardTimer, startTimer, stopTimer } from '@/lib/server/time/timers.ts';
import { updateTicket } from '@/lib/server/tickets/update-ticket.ts';
import { assignTicket } from '@/lib/server/tickets/assign-ticket.ts';
import { mergeTickets } from '@/lib/server/tickets/merge-tickets.ts';
import { createFollowUpProblem } from '@/lib/server/tickets/create-follow-up-problem.ts';
import { listQueue } from '@/lib/server/tickets/list-queue.ts';
import { queueCounts } from '@/lib/server/tickets/queue-counts.ts';
import { listActiveStaff } from '@/lib/server/users/list-active-staff.ts';
import { searchClients } from '@/lib/server/clients/search-clients.ts';
import { getConsoleTicket } from '@/lib/server/tickets/get-console-ticket.ts';
import { listLinkableAssets } from '@/lib/server/tickets/list-linkable-assets.ts';
import { raiseEstimate } from '@/lib/server/estimates/raise-estimate.ts';
import { getClientOverview } from '@/lib/server/clients/get-client-overview.ts';
import { listClientSummaries } from '@/lib/server/clients/list-client-summaries.ts';
import { recordRetainerPurchase } from '@/lib/server/retainer/record-retainer-purchase.ts';
import { createAsset } from '@/lib/server/assets/create-asset.ts';
import { retireAsset } from '@/lib/server/assets/retire-asset.ts';
import { linkAssets } from '@/lib/server/assets/link-assets.ts';
import { actorOf, makeAsset, makeClient, makeTicket, makeUser } from '@/tests/factories/index.ts';

/** Every use case behind a console action, called by each customer role: refused, nothing written. */
describe('customers cannot use any console action', async () => {
  const client = await makeClient(db);
  const ticket = await makeTicket(db, { clientId: client.id, status: 'resolved' });
  const other = await makeTicket(db, { clientId: client.id });
  const asset = await makeAsset(db, { clientId: client.id });
  const asset2 = await makeAsset(db, { clientId: client.id });
  const customers: Actor[] = [
    actorOf(await makeUser(db, { role: 'customer_user', clientId: client.id })),
    actorOf(await makeUser(db, { role: 'customer_admin', clientId: client.id })),
  ];
  const start = new Date('2026-03-03T15:00:00Z');
  const calls: [string, (actor: Actor) => Promise<unknown>][] = [
    ['logTime', (actor) => logTime({ actor, input: { ticketId: ticket.id, startedAt: start, endedAt: new Date(start.getTime() + 600_000), mode: 'remote' } })],
    ['startTimer', (actor) => startTimer({ actor, input: { ticketId: ticket.id } })],
    ['stopTimer', (actor) => stopTimer({ actor, input: {} })],
    ['discardTimer', (actor) => discardTimer({ actor })],
    ['updateTicket', (actor) => updateTicket({ actor, ticketId: ticket.id, input: { priority: 'P1' } })],
    ['assignTicket', (actor) => assignTicket({ actor, input: { ticketId: ticket.id, assigneeId: actor.userId } })],
    ['mergeTickets', (actor) => mergeTickets({ actor, input: { sourceTicketId: other.id, targetNumber: ticket.number } })],
    ['createFollowUpProblem', (actor) => createFollowUpProblem({ actor, input: { incidentId: ticket.id } })],
    ['listQueue', (actor) => listQueue({ actor, input: {} })],
    ['queueCounts', (actor) => queueCounts({ actor })],
    ['listActiveStaff', (actor) => listActiveStaff({ actor })],
    ['searchClients', (actor) => searchClients({ actor, input: { q: 'a' } })],
    ['getConsoleTicket', (actor) => getConsoleTicket({ actor, number: ticket.number })],
    ['listLinkableAssets', (actor) => listLinkableAssets({ actor, input: { ticketId: ticket.id } })],
    ['raiseEstimate', (actor) => raiseEstimate({ actor, input: { ticketId: ticket.id, description: 'More work', minutes: 60 } })],
    ['getClientOverview', (actor) => getClientOverview({ actor, clientId: client.id })],
    ['listClientSummaries', (actor) => listClientSummaries({ actor })],
    ['recordRetainerPurchase', (actor) => recordRetainerPurchase({ actor, input: { clientId: client.id, units: 28 } })],
    ['createAsset', (actor) => createAsset({ actor, input: { clientId: client.id, name: 'Sneaky', class: 'server' } as never })],
    ['retireAsset', (actor) => retireAsset({ actor, assetId: asset.id })],
    ['linkAssets', (actor) => linkAssets({ actor, input: { fromId: asset.id, toId: asset2.id, kind: 'depends_on' } as never })],
  ];

  for (const [name, call] of calls) {
    it(`${name} is forbidden for customer users and admins`, async () => {
      const before = await Promise.all([db.timeEntry.count(), db.ticket.count(), db.estimate.count(), db.retainerLedgerEntry.count(), db.asset.count(), db.runningTimer.count()]);
      for (const actor of customers) await expect(call(actor)).rejects.toMatchObject({ code: 'forbidden' });
      const after = await Promise.all([db.timeEntry.count(), db.ticket.count(), db.estimate.count(), db.retainerLedgerEntry.count(), db.asset.count(), db.runningTimer.count()]);
      expect(after).toEqual(before);
      const unchanged = await db.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: { priority: true, assigneeId: true } });
      expect(unchanged).toEqual({ priority: 'P3', assigneeId: null });
      expect((await db.asset.findUniqueOrThrow({ where: { id: asset.id } })).lifecycle).toBe('active');
    });
  }
});
