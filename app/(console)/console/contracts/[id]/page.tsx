import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { orNotFound, requirePageActor } from '@/app/_lib/session.ts';
import { MANAGER_ROLES, STAFF_ROLES } from '@/lib/auth/roles.ts';
import { localDateKey } from '@/lib/domain/calendar/index.ts';
import { getContract } from '@/lib/server/contracts/get-contract.ts';
import { listCoverableAssets, listTierChoices } from '@/lib/server/contracts/contract-choices.ts';
import { amendContractAction } from '@/app/_actions/contract-actions.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { Badge } from '@/components/ui/badge.tsx';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card.tsx';
import { ContractSummary } from '@/components/contracts/contract-summary.tsx';
import { ContractHistory } from '@/components/contracts/contract-history.tsx';
import { ContractLifecycle } from '@/components/contracts/contract-lifecycle.tsx';
import { ContractForm } from '@/components/contracts/contract-form.tsx';
import { RetainerSection } from '@/components/contracts/retainer-section.tsx';
import { text } from '@/components/contracts/contract-options.ts';
import { humanize } from '@/lib/utils/format.ts';

export const metadata: Metadata = { title: 'Contract' };

export default async function ContractPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor({ roles: STAFF_ROLES });
  const id = (await params).id;
  if (!z.uuid().safeParse(id).success) notFound();
  const contract = await orNotFound(getContract({ actor, contractId: id }));
  const canManage = (MANAGER_ROLES as readonly string[]).includes(actor.role);
  const isOpen = contract.status === 'active' || contract.status === 'draft';
  const [tiers, assets] = await Promise.all([
    canManage && isOpen ? listTierChoices({ actor }) : [],
    canManage && isOpen ? listCoverableAssets({ actor, clientId: contract.client.id }) : [],
  ]);
  const today = localDateKey(contract.client.timezone, new Date());
  const status = contract.status === 'active' && contract.terminatedOn ? 'terminating' : contract.status;
  return (
    <>
      <PageHeader
        title={`${contract.number} · ${contract.name}`}
        description={<><Badge variant={status === 'active' ? 'success' : status === 'terminating' ? 'warning' : 'neutral'}>{humanize(status)}</Badge> {contract.client.name} · version {contract.version}</>}
        actions={<Link className="text-sm underline" href="/console/contracts">All contracts</Link>}
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <CardHeader><CardTitle as="h2">Terms</CardTitle></CardHeader>
            <CardContent><ContractSummary contract={contract} /></CardContent>
          </Card>
          {contract.kind === 'retainer' ? (
            <Card>
              <CardHeader><CardTitle as="h2">Retainer</CardTitle></CardHeader>
              <CardContent><RetainerSection contract={contract} retainer={contract.retainer} today={today} canManage={canManage} /></CardContent>
            </Card>
          ) : null}
          {canManage && isOpen ? (
            <Card>
              <CardHeader><CardTitle as="h2">Amend</CardTitle></CardHeader>
              <CardContent>
                <details>
                  <summary className="cursor-pointer text-sm font-medium">Change the terms (version {contract.version} → {contract.version + 1})</summary>
                  <div className="mt-4">
                    <ContractForm
                      action={amendContractAction}
                      mode="amend"
                      submitLabel="Save amendment"
                      tiers={tiers}
                      assets={assets}
                      hidden={{ contractId: contract.id, version: String(contract.version) }}
                      values={{
                        name: contract.name, kind: contract.kind, tierId: text(contract.tierId), startsOn: contract.startsOn, endsOn: text(contract.endsOn),
                        isAutoRenew: contract.isAutoRenew, noticePeriodDays: text(contract.noticePeriodDays), monthlyFee: text(contract.monthlyFee),
                        monthlyBudget: text(contract.monthlyBudget), fixedFee: text(contract.fixedFee), standardRate: text(contract.standardRate),
                        afterHoursMultiplier: text(contract.afterHoursMultiplier), onsiteRate: text(contract.onsiteRate), overageRate: text(contract.overageRate),
                        afterHoursBurnRate: text(contract.afterHoursBurnRate), lowBalanceUnits: text(contract.lowBalanceUnits), exclusions: text(contract.exclusions),
                        assetIds: contract.assetIds,
                      }}
                    />
                  </div>
                </details>
              </CardContent>
            </Card>
          ) : null}
        </div>
        <aside className="space-y-6">
          {canManage ? (
            <Card>
              <CardHeader><CardTitle as="h2">Renew or terminate</CardTitle></CardHeader>
              <CardContent><ContractLifecycle contract={contract} today={today} isAdmin={actor.role === 'admin'} /></CardContent>
            </Card>
          ) : null}
          <Card>
            <CardHeader><CardTitle as="h2">History</CardTitle></CardHeader>
            <CardContent><ContractHistory entries={contract.history} timezone={contract.client.timezone} /></CardContent>
          </Card>
        </aside>
      </div>
    </>
  );
}
