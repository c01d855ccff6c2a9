'use client';

import type { TierScenario } from '@/lib/domain/billing/scenario.ts';
import { FormField } from '@/components/ui/form-field.tsx';
import { Input } from '@/components/ui/input.tsx';
import { Select } from '@/components/ui/select.tsx';
import { Checkbox } from '@/components/ui/checkbox.tsx';
import { ASSET_CLASS_OPTIONS, MODE_OPTIONS, PHASE_OPTIONS, TICKET_TYPE_OPTIONS, WEEKDAY_OPTIONS } from './tier-options.ts';

/**
 * A piece of imagined work. With `named`, the controls post as scenario* fields (the live
 * preview reads them); without, they only update `value` (a scenario test being written).
 */
export function ScenarioFields(props: { idPrefix: string; value: TierScenario; onChange: (value: TierScenario) => void; named?: boolean }) {
  const { value, onChange, idPrefix } = props;
  const name = (field: string) => (props.named ? field : undefined);
  const set = <K extends keyof TierScenario>(key: K, next: TierScenario[K]) => onChange({ ...value, [key]: next });
  const int = (text: string) => (text === '' ? 0 : Math.max(0, Math.round(Number(text)) || 0));
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <FormField id={`${idPrefix}-type`} label="Ticket type">
        <Select name={name('scenarioType')} value={value.ticketType} onChange={(e) => set('ticketType', e.target.value as TierScenario['ticketType'])} options={TICKET_TYPE_OPTIONS} />
      </FormField>
      <FormField id={`${idPrefix}-mode`} label="Work mode">
        <Select name={name('scenarioMode')} value={value.mode} onChange={(e) => set('mode', e.target.value as TierScenario['mode'])} options={MODE_OPTIONS} />
      </FormField>
      {value.ticketType === 'maintenance' ? (
        <>
          <FormField id={`${idPrefix}-phase`} label="Phase">
            <Select name={name('scenarioPhase')} value={value.phase ?? 'assessment'} onChange={(e) => set('phase', e.target.value as TierScenario['phase'])} options={PHASE_OPTIONS} />
          </FormField>
          <FormField id={`${idPrefix}-asset`} label="Asset class">
            <Select name={name('scenarioAssetClass')} value={value.assetClass ?? ''} onChange={(e) => set('assetClass', (e.target.value || null) as TierScenario['assetClass'])} placeholder="No asset linked" options={ASSET_CLASS_OPTIONS} />
          </FormField>
        </>
      ) : null}
      <FormField id={`${idPrefix}-weekday`} label="Day">
        <Select name={name('scenarioWeekday')} value={String(value.weekday)} onChange={(e) => set('weekday', Number(e.target.value))} options={WEEKDAY_OPTIONS} />
      </FormField>
      <FormField id={`${idPrefix}-time`} label="Start time">
        <Input name={name('scenarioTime')} type="time" value={value.time} onChange={(e) => set('time', e.target.value)} />
      </FormField>
      <FormField id={`${idPrefix}-duration`} label="Duration (min)">
        <Input name={name('scenarioDuration')} type="number" min={1} max={1440} value={value.durationMinutes} onChange={(e) => set('durationMinutes', int(e.target.value))} />
      </FormField>
      <FormField id={`${idPrefix}-quota`} label="Help-desk sessions used this month">
        <Input name={name('scenarioQuotaUsed')} type="number" min={0} value={value.quotaSessionsUsed} onChange={(e) => set('quotaSessionsUsed', int(e.target.value))} />
      </FormField>
      {value.ticketType === 'service_request' ? (
        <FormField id={`${idPrefix}-before`} label="Minutes already logged on the ticket">
          <Input name={name('scenarioTicketMinutes')} type="number" min={0} value={value.ticketMinutesBefore} onChange={(e) => set('ticketMinutesBefore', int(e.target.value))} />
        </FormField>
      ) : null}
      <div className="flex items-end">
        <Checkbox name={name('scenarioApproved')} checked={value.hasApprovedEstimate} onChange={(e) => set('hasApprovedEstimate', e.target.checked)} label="The customer approved an estimate" />
      </div>
    </div>
  );
}
