import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { orNotFound, requirePageActor } from '@/app/_lib/session.ts';
import { STAFF_ROLES, MANAGER_ROLES } from '@/lib/auth/roles.ts';
import { getClientOverview } from '@/lib/server/clients/get-client-overview.ts';
import { getRetainer } from '@/lib/server/retainer/get-retainer.ts';
import { getQuotaUsage } from '@/lib/server/billing/get-quota-usage.ts';
import { localDateKey, monthKey } from '@/lib/domain/calendar/index.ts';
import { recordPurchaseAction } from '@/app/_actions/retainer-actions.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card.tsx';
import { Badge } from '@/components/ui/badge.tsx';
import { RetainerLedger } from '@/components/clients/retainer-ledger.tsx';
import { RetainerPurchaseForm } from '@/components/clients/retainer-purchase-form.tsx';
import { formatDate, formatDuration, formatMoneyString, humanize } from '@/lib/utils/format.ts';

export const metadata: Metadata = { title: 'Client' };

export default async function ClientPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor({ roles: STAFF_ROLES });
  const id = (await params).id;
  if (!z.uuid().safeParse(id).success) notFound();
  const client = await orNotFound(getClientOverview({ actor, clientId: id }));
  const month = monthKey(client.timezone, new Date());
  const hasRetainer = client.contracts.some((c) => c.kind === 'retainer' && c.status === 'active');
  const [quota, retainer] = await Promise.all([
    getQuotaUsage({ actor, input: { clientId: client.id, month } }),
    hasRetainer ? getRetainer({ actor, clientId: client.id }) : null,
  ]);
  const canSell = (MANAGER_ROLES as readonly string[]).includes(actor.role);
  const checklist = [
    ['Run book written', client.hasRunBook],
    ['CMDB populated', client.isCmdbPopulated],
    ['Portal set up', client.isPortalSetUp],
    [`Portal training (${client.portalUsersTrained} of 2 users)`, client.portalUsersTrained >= 2],
    ['Support instructions sent', client.areSupportInstructionsSent],
  ] as const;
  return (
    <>
      <PageHeader
        title={client.name}
        description={<>{humanize(client.status)} · {client.timezone} · account manager {client.accountManager?.name ?? 'none'}{client.isMonitoringOptedOut ? ' · opted out of monitoring' : ''}</>}
        actions={<Link className="text-sm underline" href={`/console?queue=open&clientId=${client.id}`}>{client._count.tickets} open tickets</Link>}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <CardHeader><CardTitle as="h2">Agreements</CardTitle></CardHeader>
            <CardContent className="space-y-2 text-sm">
              {client.contracts.length === 0 ? <p className="text-muted-foreground">No contract: all work is billable at the standard rate.</p> : null}
              {client.contracts.map((c) => (
                <div key={c.id} className="flex flex-wrap items-center gap-2">
                  <Badge variant={c.status === 'active' ? 'success' : 'neutral'}>{humanize(c.status)}</Badge>
                  <span className="font-medium">{c.name}</span>
                  <span className="text-muted-foreground">{c.number} · {humanize(c.kind)}{c.tier ? ` · ${c.tier.name}` : ''} · {formatDate(c.startsOn)} – {c.endsOn ? formatDate(c.endsOn) : 'open-ended'}{c.isAutoRenew ? ' · auto-renews' : ''}</span>
                  {c.monthlyFee ? <span>{formatMoneyString(c.monthlyFee)}/month</span> : null}
                  {c.monthlyBudget ? <span>budget {formatMoneyString(c.monthlyBudget)}/month</span> : null}
                </div>
              ))}
            </CardContent>
          </Card>
          <Card>
            <CardHeader><CardTitle as="h2">This month ({month})</CardTitle></CardHeader>
            <CardContent className="text-sm" data-testid="quota-usage">
              {quota.includedSessions === null
                ? `Unlimited help desk; ${quota.usedSessions} sessions counted.`
                : quota.includedSessions === 0
                  ? 'No help-desk quota in this agreement.'
                  : `${quota.usedSessions} of ${quota.includedSessions} included help-desk sessions used.`}
            </CardContent>
          </Card>
          {retainer ? (
            <Card>
              <CardHeader><CardTitle as="h2">Retainer: {retainer.balanceUnits} units left ({formatDuration(retainer.balanceUnits * 15)})</CardTitle></CardHeader>
              <CardContent className="space-y-6">
                {canSell ? <RetainerPurchaseForm action={recordPurchaseAction} clientId={client.id} today={localDateKey(client.timezone, new Date())} /> : null}
                <RetainerLedger retainer={retainer} timezone={client.timezone} />
              </CardContent>
            </Card>
          ) : null}
          <Card>
            <CardHeader><CardTitle as="h2">Open tickets</CardTitle></CardHeader>
            <CardContent>
              {client.tickets.length === 0 ? <p className="text-sm text-muted-foreground">No open tickets.</p> : null}
              <ul className="space-y-1 text-sm">
                {client.tickets.map((t) => (
                  <li key={t.id}><Link className="underline" href={`/console/tickets/${t.number}`}>#{t.number} {t.subject}</Link> <span className="text-muted-foreground">· {humanize(t.type)} · {t.priority} · {humanize(t.status)}</span></li>
                ))}
              </ul>
            </CardContent>
          </Card>
        </div>
        <aside className="space-y-6">
          <Card>
            <CardHeader><CardTitle as="h2">Onboarding</CardTitle></CardHeader>
            <CardContent><ul className="space-y-1 text-sm">{checklist.map(([label, done]) => <li key={label}>{done ? '✓' : '○'} {label}</li>)}</ul></CardContent>
          </Card>
          <Card>
            <CardHeader><CardTitle as="h2">Contacts</CardTitle></CardHeader>
            <CardContent><ul className="space-y-2 text-sm">{client.contacts.map((c) => <li key={c.id}>{c.name}{c.jobTitle ? `, ${c.jobTitle}` : ''}<div className="text-muted-foreground">{[c.email, c.phone].filter(Boolean).join(' · ')}{c.userId ? ' · portal user' : ''}</div></li>)}</ul></CardContent>
          </Card>
          <Card>
            <CardHeader><CardTitle as="h2">Sites</CardTitle></CardHeader>
            <CardContent><ul className="space-y-1 text-sm">{client.sites.map((s) => <li key={s.id}>{s.name}<div className="text-muted-foreground">{s.address}</div></li>)}</ul></CardContent>
          </Card>
          <Card>
            <CardHeader><CardTitle as="h2">CMDB and run book</CardTitle></CardHeader>
            <CardContent className="space-y-2 text-sm">
              <Link className="underline" href={`/console/assets?clientId=${client.id}`}>{client._count.assets} assets</Link>
              <ul>{client.runBookPages.map((p) => <li key={p.id}>{p.title}{p.isSharedWithCustomer ? ' (shared with the customer)' : ''}</li>)}</ul>
            </CardContent>
          </Card>
        </aside>
      </div>
    </>
  );
}
