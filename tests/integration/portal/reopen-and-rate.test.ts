import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { reopenTicket } from '@/lib/server/tickets/reopen-ticket.ts';
import { rateTicket } from '@/lib/server/tickets/rate-ticket.ts';
import { getPortalTicketDetails } from '@/lib/server/tickets/get-portal-ticket-details.ts';
import { TUESDAY_NOON, twoCompanies } from './portal-world.ts';

const DAY = 86_400_000;

async function resolvedTicket() {
  const world = await twoCompanies();
  const resolvedAt = new Date(TUESDAY_NOON.getTime() - 2 * DAY);
  await db.ticket.update({ where: { id: world.a.ticketId }, data: { status: 'resolved', resolvedAt, isResolutionMet: true } });
  return { ...world, resolvedAt };
}

describe('reopening within 7 days', () => {
  it('puts a resolved ticket back in progress with the customer’s reason as a public reply', async () => {
    const { a } = await resolvedTicket();
    await reopenTicket({ actor: a.user, input: { ticketId: a.ticketId, reason: 'Still jams on page 2' }, now: TUESDAY_NOON });
    const ticket = await db.ticket.findUniqueOrThrow({ where: { id: a.ticketId }, select: { status: true, resolvedAt: true, isResolutionMet: true, comments: { select: { body: true, isInternal: true, authorId: true } }, events: { select: { kind: true, data: true } } } });
    expect(ticket).toMatchObject({ status: 'in_progress', resolvedAt: null, isResolutionMet: null });
    expect(ticket.comments).toEqual([{ body: 'Reopened: Still jams on page 2', isInternal: false, authorId: a.user.userId }]);
    expect(ticket.events).toContainEqual({ kind: 'status_changed', data: { from: 'resolved', to: 'in_progress', cause: 'customer_reopened' } });
  });

  it('refuses after 7 days with a message, and changes nothing', async () => {
    const { a, resolvedAt } = await resolvedTicket();
    const late = new Date(resolvedAt.getTime() + 7 * DAY + 60_000);
    await expect(reopenTicket({ actor: a.user, input: { ticketId: a.ticketId, reason: 'Broken again' }, now: late })).rejects.toMatchObject({
      code: 'refused',
      message: expect.stringContaining('more than 7 days ago'),
    });
    expect(await db.ticket.findUniqueOrThrow({ where: { id: a.ticketId }, select: { status: true } })).toEqual({ status: 'resolved' });
    expect(await db.ticketComment.count({ where: { ticketId: a.ticketId } })).toBe(0);
    await expect(getPortalTicketDetails({ actor: a.user, ticketId: a.ticketId, now: late })).resolves.toMatchObject({ reopen: { state: 'expired' } });
  });

  it('refuses open and closed tickets', async () => {
    const { a } = await twoCompanies();
    await expect(reopenTicket({ actor: a.user, input: { ticketId: a.ticketId, reason: 'Hmm' } })).rejects.toMatchObject({ code: 'conflict' });
    await db.ticket.update({ where: { id: a.ticketId }, data: { status: 'closed', resolvedAt: new Date(), closedAt: new Date() } });
    await expect(reopenTicket({ actor: a.user, input: { ticketId: a.ticketId, reason: 'Hmm' } })).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('closed') });
  });
});

describe('rating the resolution', () => {
  it('records 1–5 and a comment once', async () => {
    const { a } = await resolvedTicket();
    await expect(getPortalTicketDetails({ actor: a.admin, ticketId: a.ticketId, now: TUESDAY_NOON })).resolves.toMatchObject({ canRate: true, reopen: { state: 'allowed' } });
    await rateTicket({ actor: a.admin, input: { ticketId: a.ticketId, score: '4', comment: 'Quick, thanks' } });
    expect(await db.ticket.findUniqueOrThrow({ where: { id: a.ticketId }, select: { satisfactionScore: true, satisfactionComment: true } })).toEqual({ satisfactionScore: 4, satisfactionComment: 'Quick, thanks' });
    await expect(rateTicket({ actor: a.user, input: { ticketId: a.ticketId, score: 1 } })).rejects.toMatchObject({ code: 'conflict', message: 'This ticket has already been rated.' });
    expect((await db.ticket.findUniqueOrThrow({ where: { id: a.ticketId } })).satisfactionScore).toBe(4);
    await expect(getPortalTicketDetails({ actor: a.user, ticketId: a.ticketId })).resolves.toMatchObject({ canRate: false, satisfaction: { score: 4, comment: 'Quick, thanks' } });
  });

  it('refuses scores outside 1–5 and tickets not yet resolved', async () => {
    const { a } = await twoCompanies();
    await expect(rateTicket({ actor: a.user, input: { ticketId: a.ticketId, score: 3 } })).rejects.toMatchObject({ code: 'conflict' });
    await db.ticket.update({ where: { id: a.ticketId }, data: { status: 'resolved', resolvedAt: new Date() } });
    for (const score of [0, 6, 2.5]) {
      await expect(rateTicket({ actor: a.user, input: { ticketId: a.ticketId, score } })).rejects.toMatchObject({ code: 'invalid', fieldErrors: { score: ['Choose a rating from 1 to 5.'] } });
    }
    expect((await db.ticket.findUniqueOrThrow({ where: { id: a.ticketId } })).satisfactionScore).toBeNull();
  });
});

describe('the promise in plain words', () => {
  it('states the tier’s targets for the ticket’s priority', async () => {
    const { a } = await twoCompanies();
    await db.ticket.update({ where: { id: a.ticketId }, data: { priority: 'P1' } });
    const details = await getPortalTicketDetails({ actor: a.user, ticketId: a.ticketId });
    expect(details.slaPromise).toBe('We aim to respond within 1 hour and resolve within 8 working hours. The clock runs during your support hours (Mon–Fri 08:00–18:00 (America/New_York)).');
  });
});
