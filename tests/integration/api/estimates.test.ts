import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { approveEstimate } from '@/lib/server/estimates/approve-estimate.ts';
import { rejectEstimate } from '@/lib/server/estimates/reject-estimate.ts';
import { raiseEstimate } from '@/lib/server/estimates/raise-estimate.ts';
import { logTime } from '@/lib/server/time/log-time.ts';
import { localInstant } from '@/lib/domain/calendar/index.ts';
import { isAppError } from '@/lib/errors/app-error.ts';
import { POST as raise } from '@/app/api/v1/tickets/[id]/estimates/route.ts';
import { POST as approve } from '@/app/api/v1/estimates/[id]/approve/route.ts';
import { POST as logTimeRoute } from '@/app/api/v1/tickets/[id]/time-entries/route.ts';
import { PATCH as updateTicketRoute } from '@/app/api/v1/tickets/[id]/route.ts';
import { actorOf, makeCalendar, makeClient, makeContract, makeTicket, makeTier, makeUser } from '@/tests/factories/index.ts';
import { call, staffToken } from './api-client.ts';

const ny = (date: string, time: string) => localInstant('America/New_York', date, time);

async function managedClientWithAdmin(type: 'problem' | 'incident' = 'problem') {
  const tier = await makeTier(db, { calendarId: (await makeCalendar(db)).id, standardRate: '150.00' });
  const client = await makeClient(db, { timezone: 'America/New_York' });
  await makeContract(db, { clientId: client.id, kind: 'managed', tierId: tier.id });
  const customerAdmin = actorOf(await makeUser(db, { role: 'customer_admin', clientId: client.id }));
  const ticket = await makeTicket(db, { clientId: client.id, type, status: 'in_progress' });
  return { client, customerAdmin, ticket };
}

const entryBody = (date: string, from: string, to: string) => ({
  startedAt: ny(date, from).toISOString(),
  endedAt: ny(date, to).toISOString(),
  mode: 'remote',
});

describe('estimates through the API and the portal use cases', () => {
  it('raises an estimate, then approved work is billed against it (before approval it is refused)', async () => {
    const { token, user } = await staffToken();
    const { customerAdmin, ticket } = await managedClientWithAdmin('problem');
    const log = (from: string, to: string) =>
      call(logTimeRoute, 'POST', `/tickets/${ticket.id}/time-entries`, { token, params: { id: ticket.id }, body: entryBody('2026-03-04', from, to) });

    const refused = await log('10:00', '11:00');
    expect(refused.status).toBe(422);
    expect(refused.body.reason).toMatch(/needs an approved estimate/);

    const raised = await call(raise, 'POST', `/tickets/${ticket.id}/estimates`, { token, params: { id: ticket.id }, body: { description: 'Root-cause analysis of the outages', minutes: 120 } });
    expect(raised.status).toBe(201);
    expect(raised.body).toEqual({ id: expect.any(String) });
    const estimate = await db.estimate.findUniqueOrThrow({ where: { id: raised.body.id } });
    expect(estimate).toMatchObject({ status: 'pending', minutes: 120, requestedById: user.id });
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe('awaiting_approval');
    expect(await db.notification.count({ where: { userId: customerAdmin.userId, kind: 'estimate_raised' } })).toBe(1);

    const approved = await approveEstimate({ actor: customerAdmin, input: { estimateId: estimate.id } });
    expect(approved.status).toBe('approved');
    expect((await db.ticket.findUniqueOrThrow({ where: { id: ticket.id } })).status).toBe('in_progress');
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: estimate.id, action: 'estimate.approved' } });
    expect(audit.after).toMatchObject({ approvedBy: customerAdmin.name, consent: 'portal' });

    const billed = await log('10:00', '11:00');
    expect(billed.status).toBe(201);
    expect(billed.body.decision).toMatchObject({ rule: 'problem', needsApproval: false, reason: expect.stringMatching(/against the approved estimate/) });
    expect(billed.body.decision.parts).toEqual([{ outcome: 'billable', minutes: 60, units: 0, rate: '150.00', amount: '150.00' }]);
    expect((await db.timeEntry.findUniqueOrThrow({ where: { id: billed.body.id } })).estimateId).toBe(estimate.id);
  });

  it('staff record phone consent naming who gave it; approving re-decides refused work', async () => {
    const { token, actor } = await staffToken();
    const { ticket } = await managedClientWithAdmin('incident');
    // 45 minutes of incident work is covered; as a service request it needs approval
    const logged = await logTime({ actor, input: { ticketId: ticket.id, startedAt: ny('2026-03-04', '10:00'), endedAt: ny('2026-03-04', '10:45'), mode: 'remote' } });
    await call(updateTicketRoute, 'PATCH', `/tickets/${ticket.id}`, { token, params: { id: ticket.id }, body: { type: 'service_request' } });
    expect((await db.billingDecision.findFirstOrThrow({ where: { timeEntryId: logged.entryId, isCurrent: true } })).outcome).toBe('refused');

    const raised = await call(raise, 'POST', `/tickets/${ticket.id}/estimates`, { token, params: { id: ticket.id }, body: { description: 'Set up the new VPN', amount: '450.00' } });
    expect(raised.status).toBe(201);
    const nameless = await call(approve, 'POST', `/estimates/${raised.body.id}/approve`, { token, params: { id: raised.body.id }, body: {} });
    expect(nameless.status).toBe(400);
    expect(nameless.body.fieldErrors.approvedBy).toBeTruthy();

    const approved = await call(approve, 'POST', `/estimates/${raised.body.id}/approve`, { token, params: { id: raised.body.id }, body: { approvedBy: 'Dana Smith (phone)' } });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ id: raised.body.id, status: 'approved', redecidedEntryIds: [logged.entryId] });
    const decision = await db.billingDecision.findFirstOrThrow({ where: { timeEntryId: logged.entryId, isCurrent: true } });
    expect(decision).toMatchObject({ outcome: 'billable', needsApproval: false });
    expect(decision.reason).toMatch(/flat fee/);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: raised.body.id, action: 'estimate.approved' } });
    expect(audit.after).toMatchObject({ approvedBy: 'Dana Smith (phone)', consent: 'recorded_by_staff', recordedBy: actor.name });

    const again = await call(approve, 'POST', `/estimates/${raised.body.id}/approve`, { token, params: { id: raised.body.id }, body: { approvedBy: 'Dana Smith' } });
    expect(again.status).toBe(409);
  });

  it('a customer admin of another client gets not-found, and nothing changes', async () => {
    const tech = actorOf(await makeUser(db, { role: 'technician' }));
    const { ticket } = await managedClientWithAdmin('problem');
    const { customerAdmin: otherAdmin } = await managedClientWithAdmin('problem');
    const estimate = await raiseEstimate({ actor: tech, input: { ticketId: ticket.id, description: 'Design the fix', minutes: 60 } });

    const approveError = await approveEstimate({ actor: otherAdmin, input: { estimateId: estimate.id } }).catch((e: unknown) => e);
    expect(isAppError(approveError) && approveError.code).toBe('not_found');
    const rejectError = await rejectEstimate({ actor: otherAdmin, input: { estimateId: estimate.id, reason: 'Not ours' } }).catch((e: unknown) => e);
    expect(isAppError(rejectError) && rejectError.code).toBe('not_found');
    expect((await db.estimate.findUniqueOrThrow({ where: { id: estimate.id } })).status).toBe('pending');
    expect(await db.auditLog.count({ where: { entityId: estimate.id, action: { in: ['estimate.approved', 'estimate.rejected'] } } })).toBe(0);
  });

  it('the client\'s admin rejects with a reason; the technician is told', async () => {
    const tech = actorOf(await makeUser(db, { role: 'technician' }));
    const { customerAdmin, ticket } = await managedClientWithAdmin('problem');
    const estimate = await raiseEstimate({ actor: tech, input: { ticketId: ticket.id, description: 'Design the fix', minutes: 60 } });

    const noReason = await rejectEstimate({ actor: customerAdmin, input: { estimateId: estimate.id, reason: '' } }).catch((e: unknown) => e);
    expect(isAppError(noReason) && noReason.fieldErrors?.reason).toBeTruthy();
    const rejected = await rejectEstimate({ actor: customerAdmin, input: { estimateId: estimate.id, reason: 'Too expensive this quarter' } });
    expect(rejected.status).toBe('rejected');
    expect(await db.estimate.findUniqueOrThrow({ where: { id: estimate.id } })).toMatchObject({ status: 'rejected', decisionNote: 'Too expensive this quarter', decidedById: customerAdmin.userId });
    expect(await db.notification.count({ where: { userId: tech.userId, kind: 'estimate_rejected' } })).toBe(1);
    const customerUser = actorOf(await makeUser(db, { role: 'customer_user', clientId: ticket.clientId }));
    const forbidden = await approveEstimate({ actor: customerUser, input: { estimateId: estimate.id } }).catch((e: unknown) => e);
    expect(isAppError(forbidden) && forbidden.code).toBe('forbidden');
  });

  it('asks for exactly one of minutes or amount', async () => {
    const { token } = await staffToken();
    const { ticket } = await managedClientWithAdmin('problem');
    const both = await call(raise, 'POST', `/tickets/${ticket.id}/estimates`, { token, params: { id: ticket.id }, body: { description: 'Work', minutes: 60, amount: '100.00' } });
    expect(both.status).toBe(400);
    expect(both.body.fieldErrors.minutes).toBeTruthy();
    const badAmount = await call(raise, 'POST', `/tickets/${ticket.id}/estimates`, { token, params: { id: ticket.id }, body: { description: 'Work', amount: 100.5 } });
    expect(badAmount.status).toBe(400);
    expect(badAmount.body.fieldErrors.amount).toBeTruthy();
    expect(await db.estimate.count({ where: { ticketId: ticket.id } })).toBe(0);
  });
});
