'use client';

import { useState } from 'react';
import { Trash2Icon } from 'lucide-react';
import { scenarioTestSchema, describeScenario, type ScenarioTest, type ScenarioTestResult, type TierScenario } from '@/lib/domain/billing/scenario.ts';
import { Badge } from '@/components/ui/badge.tsx';
import { Button } from '@/components/ui/button.tsx';
import { FormField } from '@/components/ui/form-field.tsx';
import { Input } from '@/components/ui/input.tsx';
import { Select } from '@/components/ui/select.tsx';
import { FieldError } from '@/components/ui/field-errors.tsx';
import { humanize } from '@/lib/utils/format.ts';
import { ScenarioFields } from './scenario-fields.tsx';
import { DEFAULT_SCENARIO, OUTCOME_OPTIONS } from './tier-options.ts';

/** Admin-written scenario tests, run on every change and on save (a failing one blocks the save). */
export function ScenarioTestsEditor(props: { tests: ScenarioTest[]; onChange: (tests: ScenarioTest[]) => void; results: ScenarioTestResult[] | null; error?: string[] }) {
  const [name, setName] = useState('');
  const [expectOutcome, setExpectOutcome] = useState<ScenarioTest['expectOutcome']>('covered');
  const [scenario, setScenario] = useState<TierScenario>({ ...DEFAULT_SCENARIO, durationMinutes: 20 });
  const [error, setError] = useState<string | null>(null);

  function add() {
    const parsed = scenarioTestSchema.safeParse({ name, scenario, expectOutcome });
    if (!parsed.success) {
      setError(parsed.error.issues.map((issue) => issue.message).join(' '));
      return;
    }
    props.onChange([...props.tests, parsed.data]);
    setName('');
    setError(null);
  }

  return (
    <section aria-labelledby="scenarios-heading" className="space-y-3">
      <div>
        <h3 id="scenarios-heading" className="font-semibold">Scenario tests</h3>
        <p className="text-sm text-muted-foreground">Statements that must stay true, e.g. “a 20-minute Saturday incident is covered”. The tier is not saved while one fails.</p>
      </div>
      <FieldError id="scenarios" error={props.error} />
      {props.tests.length === 0 ? <p className="text-sm text-muted-foreground">No scenario tests yet.</p> : null}
      <ul className="space-y-2">
        {props.tests.map((test, index) => {
          const result = props.results?.[index];
          return (
            <li key={index} className="flex flex-wrap items-center gap-2 rounded-md border p-2 text-sm" data-testid="scenario-test">
              {result ? <Badge variant={result.passed ? 'success' : 'danger'}>{result.passed ? 'Pass' : 'Fail'}</Badge> : <Badge>…</Badge>}
              <span className="font-medium">{test.name}</span>
              <span className="text-muted-foreground">{describeScenario(test.scenario)} → expect {humanize(test.expectOutcome).toLowerCase()}</span>
              {result && !result.passed ? <span className="basis-full pl-1 text-destructive">Would be {humanize(result.actualOutcome).toLowerCase()}: {result.reason}</span> : null}
              <Button type="button" size="icon" variant="ghost" className="ml-auto" aria-label={`Remove scenario ${test.name}`} onClick={() => props.onChange(props.tests.filter((_, i) => i !== index))}><Trash2Icon /></Button>
            </li>
          );
        })}
      </ul>
      <fieldset className="space-y-3 rounded-md border border-dashed p-3">
        <legend className="px-1 text-sm font-medium">Add a scenario test</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField id="new-scenario-name" label="Statement">
            <Input value={name} onChange={(e) => setName(e.target.value)} maxLength={160} placeholder="A 20-minute Saturday incident is covered" />
          </FormField>
          <FormField id="new-scenario-expect" label="Expected outcome">
            <Select value={expectOutcome} onChange={(e) => setExpectOutcome(e.target.value as ScenarioTest['expectOutcome'])} options={OUTCOME_OPTIONS} />
          </FormField>
        </div>
        <ScenarioFields idPrefix="new-scenario" value={scenario} onChange={setScenario} />
        {error ? <FieldError id="new-scenario" error={error} /> : null}
        <Button type="button" variant="outline" size="sm" onClick={add}>Add scenario test</Button>
      </fieldset>
    </section>
  );
}
