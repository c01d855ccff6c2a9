import type { Metadata } from 'next';
import { requirePageActor } from '@/app/_lib/session.ts';
import { MANAGER_ROLES } from '@/lib/auth/roles.ts';
import { listContractTemplates } from '@/lib/server/contracts/contract-templates.ts';
import { listClientOptions, listCoverableAssets, listTierChoices } from '@/lib/server/contracts/contract-choices.ts';
import { addDaysToKey, addMonthsToKey } from '@/lib/server/contracts/contract-input.ts';
import { createContractAction } from '@/app/_actions/contract-actions.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { Button } from '@/components/ui/button.tsx';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card.tsx';
import { FormField } from '@/components/ui/form-field.tsx';
import { Select } from '@/components/ui/select.tsx';
import { ContractForm } from '@/components/contracts/contract-form.tsx';
import { text, type ContractFormValues } from '@/components/contracts/contract-options.ts';

export const metadata: Metadata = { title: 'New contract' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function NewContractPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requirePageActor({ roles: MANAGER_ROLES });
  const params = await searchParams;
  const [clients, templates, tiers] = await Promise.all([listClientOptions({ actor }), listContractTemplates({ actor }), listTierChoices({ actor })]);
  const client = clients.find((c) => c.id === params.clientId);
  const template = templates.find((t) => t.id === params.templateId);
  const today = new Date().toISOString().slice(0, 10);

  let form = null;
  if (client && template) {
    const d = template.defaults;
    const assets = await listCoverableAssets({ actor, clientId: client.id });
    const values: ContractFormValues = {
      name: template.kind === 'managed' && d.tierName ? `${d.tierName} managed support` : template.name.replace(' – ', ': '),
      kind: template.kind,
      tierId: tiers.find((t) => t.name === d.tierName)?.id ?? '',
      startsOn: today,
      endsOn: d.termMonths ? addDaysToKey(addMonthsToKey(today, d.termMonths), -1) : '',
      isAutoRenew: d.isAutoRenew ?? false,
      noticePeriodDays: text(d.noticePeriodDays ?? 30),
      monthlyFee: text(d.monthlyFee),
      monthlyBudget: text(d.monthlyBudget),
      fixedFee: text(d.fixedFee),
      standardRate: text(d.standardRate),
      afterHoursMultiplier: '',
      onsiteRate: '',
      overageRate: text(d.overageRate),
      afterHoursBurnRate: '',
      lowBalanceUnits: text(d.lowBalanceUnits),
      exclusions: text(d.exclusions),
      // managed support covers the client's supported assets unless told otherwise
      assetIds: template.kind === 'managed' ? assets.filter((a) => a.isSupported).map((a) => a.id) : [],
    };
    form = (
      <Card>
        <CardHeader><CardTitle as="h2">{template.name} for {client.name}</CardTitle></CardHeader>
        <CardContent>
          {d.blockUnits ? <p className="mb-4 text-sm text-muted-foreground">Sell the first block ({d.blockUnits} units) on the contract page once it is created.</p> : null}
          <ContractForm action={createContractAction} values={values} tiers={tiers} assets={assets} hidden={{ clientId: client.id, templateId: template.id }} mode="create" submitLabel="Create contract" />
        </CardContent>
      </Card>
    );
  }

  return (
    <>
      <PageHeader title="New contract" description="Start from a template, then adjust the terms for the client." />
      <div className="space-y-6">
        <form method="get" action="/console/contracts/new" aria-label="Choose client and template" className="grid gap-3 rounded-lg border bg-card p-4 sm:grid-cols-3">
          <FormField id="pick-client" label="Client" required>
            <Select name="clientId" defaultValue={client?.id ?? ''} placeholder="Choose a client…" required options={clients.map((c) => ({ value: c.id, label: c.name }))} />
          </FormField>
          <FormField id="pick-template" label="Template" required>
            <Select name="templateId" defaultValue={template?.id ?? ''} placeholder="Choose a template…" required options={templates.map((t) => ({ value: t.id, label: t.name }))} />
          </FormField>
          <div className="flex items-end"><Button type="submit" variant={form ? 'outline' : 'default'}>{form ? 'Start over with these' : 'Continue'}</Button></div>
        </form>
        {form}
      </div>
    </>
  );
}
