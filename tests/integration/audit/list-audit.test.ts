import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client.ts';
import { listAudit, listAuditEntityTypes } from '@/lib/server/audit/list-audit.ts';
import { recordAudit } from '@/lib/server/audit/record-audit.ts';
import { actorOf, makeClient, makeUser } from '@/tests/factories/index.ts';

describe('listAudit', () => {
  it('filters by entity type, action prefix, actor, client and UTC dates, newest first', async () => {
    const admin = actorOf(await makeUser(db, { role: 'admin' }));
    const manager = await makeUser(db, { role: 'account_manager', email: `audit.${Date.now()}@example.test` });
    const client = await makeClient(db);
    await recordAudit(db, { actor: { userId: manager.id }, action: 'invoice.issued', entityType: 'AuditProbe', entityId: 'a', clientId: client.id, after: { total: '10.00' } });
    await recordAudit(db, { actor: { userId: manager.id }, action: 'invoice.paid', entityType: 'AuditProbe', entityId: 'a', clientId: client.id, before: { status: 'issued' } });
    await recordAudit(db, { actor: null, action: 'contract.changed', entityType: 'AuditProbe', entityId: 'b' });

    const all = await listAudit({ actor: admin, input: { entityType: 'AuditProbe' } });
    expect(all.items.map((i) => i.action)).toEqual(['contract.changed', 'invoice.paid', 'invoice.issued']);
    const invoiceOnly = await listAudit({ actor: admin, input: { entityType: 'AuditProbe', action: 'invoice.' } });
    expect(invoiceOnly.total).toBe(2);
    const byActor = await listAudit({ actor: admin, input: { actor: manager.email.slice(0, 12).toUpperCase(), clientId: client.id } });
    expect(byActor.items.every((i) => i.actor?.email === manager.email && i.client?.id === client.id)).toBe(true);
    expect(byActor.total).toBe(2);
    const today = new Date().toISOString().slice(0, 10);
    expect((await listAudit({ actor: admin, input: { entityType: 'AuditProbe', from: today, to: today } })).total).toBe(3);
    expect((await listAudit({ actor: admin, input: { entityType: 'AuditProbe', to: '2020-01-01' } })).total).toBe(0);
    expect(await listAuditEntityTypes({ actor: admin })).toContain('AuditProbe');
  });

  it('is for admins only and rejects bad filters', async () => {
    const manager = actorOf(await makeUser(db, { role: 'account_manager' }));
    await expect(listAudit({ actor: manager, input: {} })).rejects.toMatchObject({ code: 'forbidden' });
    const admin = actorOf(await makeUser(db, { role: 'admin' }));
    await expect(listAudit({ actor: admin, input: { from: '2026-02-30x' } })).rejects.toMatchObject({ code: 'invalid' });
    await expect(listAudit({ actor: admin, input: { from: '2026-03-02', to: '2026-03-01' } })).rejects.toMatchObject({ code: 'invalid' });
  });
});
