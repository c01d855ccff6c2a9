import type { Metadata } from 'next';
import { requirePageActor } from '@/app/_lib/session.ts';
import { listCalendars } from '@/lib/server/calendars/list-calendars.ts';
import { DEFAULT_RULES } from '@/lib/domain/billing/index.ts';
import { createTierAction, previewTierAction } from '@/app/_actions/tier-actions.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { TierForm } from '@/components/tiers/tier-form.tsx';
import type { TierFormValues } from '@/components/tiers/tier-options.ts';

export const metadata: Metadata = { title: 'New tier' };

export default async function NewTierPage() {
  const actor = await requirePageActor({ roles: ['admin'] });
  const calendars = await listCalendars({ actor });
  const values: TierFormValues = {
    name: '',
    description: '',
    scenarios: [],
    terms: {
      supportHours: calendars[0]?.id ?? '24x7',
      channels: ['portal', 'email'],
      hotlinePhone: null,
      helpdeskSessionsPerMonth: null,
      helpdeskSessionMinutes: null,
      includesMonitoring: true,
      includesMaintenance: false,
      includesAudits: false,
      includesOnsite: false,
      includesAlertRemediation: false,
      coveredTicketTypes: ['incident'],
      maintenanceAssessmentClasses: ['router', 'switch', 'server'],
      minorRequestAllowanceMinutes: 30,
      standardRate: '150.00',
      afterHoursMultiplier: '1.5',
      onsiteRate: '175.00',
      targets: {
        P1: { responseMinutes: 60, resolutionMinutes: 480 },
        P2: { responseMinutes: 120, resolutionMinutes: 960 },
        P3: { responseMinutes: 240, resolutionMinutes: 1440 },
        P4: { responseMinutes: 480, resolutionMinutes: 2880 },
      },
      rules: DEFAULT_RULES,
    },
  };
  return (
    <>
      <PageHeader title="New tier" description="Define the terms; the preview shows how the billing engine would decide work under them before anything is saved." />
      <TierForm action={createTierAction} previewAction={previewTierAction} values={values} calendars={calendars} minEffectiveFrom={new Date().toISOString().slice(0, 10)} submitLabel="Create tier" />
    </>
  );
}
