'use client';

import { useState } from 'react';
import { matchRuleSchema, type RuleSpec } from '@/lib/domain/billing/rules/rule-spec.ts';
import { Button } from '@/components/ui/button.tsx';
import { FormField } from '@/components/ui/form-field.tsx';
import { Input } from '@/components/ui/input.tsx';
import { Select } from '@/components/ui/select.tsx';
import { Checkbox } from '@/components/ui/checkbox.tsx';
import { FieldError } from '@/components/ui/field-errors.tsx';
import { CheckboxGroup } from './checkbox-group.tsx';
import { MODE_OPTIONS, PHASE_OPTIONS, TICKET_TYPE_OPTIONS } from './tier-options.ts';

type Match = NonNullable<RuleSpec['match']>;

/**
 * Builds a "match" rule: conditions on the work, a fixed outcome and the reason customers read.
 * Its controls have no names, so they are not posted with the tier form; "Add rule" hands the
 * rule to the editor, which posts the whole list.
 */
export function MatchRuleBuilder(props: { existingIds: string[]; onAdd: (rule: RuleSpec) => void }) {
  const [ticketTypes, setTicketTypes] = useState<string[]>([]);
  const [phases, setPhases] = useState<string[]>([]);
  const [modes, setModes] = useState<string[]>([]);
  const [hours, setHours] = useState('any');
  const [outcome, setOutcome] = useState<Match['then']['outcome']>('covered');
  const [rate, setRate] = useState<Match['then']['rate']>('standard');
  const [needsApproval, setNeedsApproval] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  function add() {
    const when = {
      ...(ticketTypes.length ? { ticketTypes } : {}),
      ...(phases.length ? { phases } : {}),
      ...(modes.length ? { modes } : {}),
      ...(hours === 'any' ? {} : { isAfterHours: hours === 'after' }),
    };
    const parsed = matchRuleSchema.safeParse({ when, then: { outcome, rate, needsApproval: outcome === 'billable' && needsApproval }, reason });
    if (!parsed.success) {
      setError(parsed.error.issues.map((issue) => (issue.path.includes('reason') ? 'Write the reason customers will read (at least 3 characters).' : issue.message)).join(' '));
      return;
    }
    let n = 1;
    while (props.existingIds.includes(`custom-${n}`)) n++;
    props.onAdd({ id: `custom-${n}`, kind: 'match', isEnabled: true, match: parsed.data });
    setReason('');
    setError(null);
  }

  return (
    <fieldset className="space-y-3 rounded-md border border-dashed p-3" aria-label="Add a match rule">
      <legend className="px-1 text-sm font-medium">Add a rule</legend>
      <p className="text-xs text-muted-foreground">Leave a condition empty to match any value. The rule is added before the fallback.</p>
      <CheckboxGroup id="new-rule-types" legend="Ticket types" name="" options={TICKET_TYPE_OPTIONS} values={ticketTypes} onChange={setTicketTypes} />
      <div className="grid gap-3 sm:grid-cols-2">
        <CheckboxGroup id="new-rule-phases" legend="Maintenance phases" name="" options={PHASE_OPTIONS} values={phases} onChange={setPhases} />
        <CheckboxGroup id="new-rule-modes" legend="Work modes" name="" options={MODE_OPTIONS} values={modes} onChange={setModes} />
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <FormField id="new-rule-hours" label="Time of work">
          <Select value={hours} onChange={(e) => setHours(e.target.value)} options={[{ value: 'any', label: 'Any time' }, { value: 'in', label: 'In support hours' }, { value: 'after', label: 'After hours' }]} />
        </FormField>
        <FormField id="new-rule-outcome" label="Outcome">
          <Select value={outcome} onChange={(e) => setOutcome(e.target.value as Match['then']['outcome'])} options={[{ value: 'covered', label: 'Covered' }, { value: 'billable', label: 'Billable' }, { value: 'non_billable', label: 'Non-billable' }]} />
        </FormField>
        <FormField id="new-rule-rate" label="Rate (when billable)">
          <Select value={rate} onChange={(e) => setRate(e.target.value as Match['then']['rate'])} options={[{ value: 'standard', label: 'Standard' }, { value: 'after_hours', label: 'After-hours' }, { value: 'onsite', label: 'Onsite' }]} />
        </FormField>
      </div>
      <Checkbox checked={needsApproval} onChange={(e) => setNeedsApproval(e.target.checked)} label="Billable work needs an approved estimate first" />
      <FormField id="new-rule-reason" label="Reason (what the customer reads)">
        <Input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={300} placeholder="e.g. Covered: printer support is included in Gold." />
      </FormField>
      {error ? <FieldError id="new-rule" error={error} /> : null}
      <Button type="button" variant="outline" size="sm" onClick={add}>Add rule</Button>
    </fieldset>
  );
}
