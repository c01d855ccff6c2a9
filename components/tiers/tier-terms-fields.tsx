import { FormField } from '@/components/ui/form-field.tsx';
import { Input } from '@/components/ui/input.tsx';
import { Select } from '@/components/ui/select.tsx';
import type { TierTerms } from '@/lib/server/tiers/tier-terms-input.ts';
import { CheckboxGroup } from './checkbox-group.tsx';
import { ASSET_CLASS_OPTIONS, CHANNEL_OPTIONS, INCLUDED_SERVICE_OPTIONS, PRIORITY_KEYS, TICKET_TYPE_OPTIONS } from './tier-options.ts';

type ErrorOf = (path: string) => string[] | undefined;

/** The terms of a tier version: support hours, channels, help desk, services, rates, SLA targets. */
export function TierTermsFields(props: { terms: TierTerms; calendars: { id: string; name: string; summary: string }[]; error: ErrorOf }) {
  const { terms, error } = props;
  const included = INCLUDED_SERVICE_OPTIONS.filter((option) => terms[option.key]).map((option) => option.value);
  return (
    <div className="space-y-6">
      <section className="grid gap-4 sm:grid-cols-2" aria-labelledby="tier-hours-heading">
        <h3 id="tier-hours-heading" className="font-semibold sm:col-span-2">Support hours and channels</h3>
        <FormField id="supportHours" label="Support hours" error={error('terms.supportHours')} hint="Manage calendars under Administration → Calendars." required>
          <Select name="supportHours" defaultValue={terms.supportHours} options={[{ value: '24x7', label: '24×7 (always in hours)' }, ...props.calendars.map((c) => ({ value: c.id, label: `${c.name} — ${c.summary}` }))]} />
        </FormField>
        <FormField id="hotlinePhone" label="Hotline number" error={error('terms.hotlinePhone')} hint="Needed when the hotline channel is offered.">
          <Input name="hotlinePhone" defaultValue={terms.hotlinePhone ?? ''} maxLength={40} />
        </FormField>
        <CheckboxGroup id="channels" legend="Request channels" name="channels[]" options={CHANNEL_OPTIONS} defaultValues={terms.channels} error={error('terms.channels')} />
      </section>

      <section className="grid gap-4 sm:grid-cols-3" aria-labelledby="tier-helpdesk-heading">
        <h3 id="tier-helpdesk-heading" className="font-semibold sm:col-span-3">Help desk and included work</h3>
        <FormField id="helpdesk" label="Remote help-desk sessions">
          <Select name="helpdesk" defaultValue={terms.helpdeskSessionsPerMonth === null ? 'unlimited' : 'quota'} options={[{ value: 'unlimited', label: 'Unlimited' }, { value: 'quota', label: 'A monthly quota' }]} />
        </FormField>
        <FormField id="helpdeskSessionsPerMonth" label="Sessions a month" error={error('terms.helpdeskSessionsPerMonth')} hint="With a quota only.">
          <Input name="helpdeskSessionsPerMonth" type="number" min={0} max={1000} defaultValue={terms.helpdeskSessionsPerMonth ?? ''} />
        </FormField>
        <FormField id="helpdeskSessionMinutes" label="Minutes a session" error={error('terms.helpdeskSessionMinutes')} hint="With a quota only.">
          <Input name="helpdeskSessionMinutes" type="number" min={1} max={480} defaultValue={terms.helpdeskSessionMinutes ?? ''} />
        </FormField>
        <div className="sm:col-span-3">
          <CheckboxGroup id="includes" legend="Included services" name="includes[]" options={INCLUDED_SERVICE_OPTIONS} defaultValues={included} />
        </div>
        <div className="sm:col-span-3">
          <CheckboxGroup id="coveredTicketTypes" legend="Covered ticket types (shown to customers)" name="coveredTicketTypes[]" options={TICKET_TYPE_OPTIONS} defaultValues={terms.coveredTicketTypes} error={error('terms.coveredTicketTypes')} />
        </div>
        <div className="sm:col-span-3">
          <CheckboxGroup id="maintenanceAssessmentClasses" legend="Maintenance assessment covered for" name="maintenanceAssessmentClasses[]" options={ASSET_CLASS_OPTIONS} defaultValues={terms.maintenanceAssessmentClasses} error={error('terms.maintenanceAssessmentClasses')} />
        </div>
        <FormField id="minorRequestAllowanceMinutes" label="Minor service-request allowance (min)" error={error('terms.minorRequestAllowanceMinutes')} hint="A request whose logged time stays within this is covered.">
          <Input name="minorRequestAllowanceMinutes" type="number" min={0} max={1440} defaultValue={terms.minorRequestAllowanceMinutes} />
        </FormField>
      </section>

      <section className="grid gap-4 sm:grid-cols-3" aria-labelledby="tier-rates-heading">
        <h3 id="tier-rates-heading" className="font-semibold sm:col-span-3">Rates</h3>
        <FormField id="standardRate" label="Standard rate (per hour)" error={error('terms.standardRate')} required>
          <Input name="standardRate" inputMode="decimal" defaultValue={terms.standardRate} required />
        </FormField>
        <FormField id="afterHoursMultiplier" label="After-hours multiplier" error={error('terms.afterHoursMultiplier')} required>
          <Input name="afterHoursMultiplier" inputMode="decimal" defaultValue={terms.afterHoursMultiplier} required />
        </FormField>
        <FormField id="onsiteRate" label="Onsite rate (per hour)" error={error('terms.onsiteRate')} required>
          <Input name="onsiteRate" inputMode="decimal" defaultValue={terms.onsiteRate} required />
        </FormField>
      </section>

      <section aria-labelledby="tier-targets-heading" className="space-y-2">
        <h3 id="tier-targets-heading" className="font-semibold">Response and resolution targets (minutes of support hours)</h3>
        <div className="grid gap-3 sm:grid-cols-4">
          {PRIORITY_KEYS.map((priority) => (
            <fieldset key={priority} className="space-y-2 rounded-md border p-3">
              <legend className="px-1 text-sm font-medium">{priority}</legend>
              <FormField id={`${priority}Response`} label="Response" error={error(`terms.targets.${priority}.responseMinutes`)}>
                <Input name={`${priority}Response`} type="number" min={1} defaultValue={terms.targets[priority].responseMinutes} />
              </FormField>
              <FormField id={`${priority}Resolution`} label="Resolution" error={error(`terms.targets.${priority}.resolutionMinutes`)}>
                <Input name={`${priority}Resolution`} type="number" min={1} defaultValue={terms.targets[priority].resolutionMinutes} />
              </FormField>
            </fieldset>
          ))}
        </div>
      </section>
    </div>
  );
}
