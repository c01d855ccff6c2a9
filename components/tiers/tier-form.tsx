'use client';

import { startTransition, useActionState, useCallback, useEffect, useRef, useState, useTransition, type FormEvent } from 'react';
import { toast } from 'sonner';
import type { ActionState } from '@/app/_lib/action.ts';
import type { RuleSpec } from '@/lib/domain/billing/index.ts';
import type { ScenarioTest, TierScenario } from '@/lib/domain/billing/scenario.ts';
import type { TierPreview as Preview } from '@/lib/server/tiers/preview-decision.ts';
import { Button } from '@/components/ui/button.tsx';
import { FormField } from '@/components/ui/form-field.tsx';
import { Input } from '@/components/ui/input.tsx';
import { Textarea } from '@/components/ui/textarea.tsx';
import { FormErrors, getFieldError } from '@/components/ui/field-errors.tsx';
import { TierTermsFields } from './tier-terms-fields.tsx';
import { RulesEditor } from './rules-editor.tsx';
import { ScenarioTestsEditor } from './scenario-tests-editor.tsx';
import { TierPreview } from './tier-preview.tsx';
import { DEFAULT_SCENARIO, type TierFormValues } from './tier-options.ts';

type FormAction = (state: ActionState | null, formData: FormData) => Promise<ActionState>;
const PREVIEW_DELAY_MS = 350;

/**
 * Create a tier, or save a tier's terms as a new version. The preview beside it runs the real
 * engine on the unsaved terms as they change (debounced server action), with the rule checks
 * and scenario tests.
 */
export function TierForm(props: {
  action: FormAction;
  previewAction: FormAction;
  values: TierFormValues;
  calendars: { id: string; name: string; summary: string }[];
  tierId?: string;
  /** 'YYYY-MM-DD' the earliest date the new terms may take effect */
  minEffectiveFrom: string;
  submitLabel: string;
}) {
  const [state, formAction, isSaving] = useActionState(props.action, null);
  const [rules, setRules] = useState<RuleSpec[]>(props.values.terms.rules);
  const [scenarios, setScenarios] = useState<ScenarioTest[]>(props.values.scenarios);
  const [scenario, setScenario] = useState<TierScenario>(DEFAULT_SCENARIO);
  const [preview, setPreview] = useState<{ data: Preview | null; problem: string | null }>({ data: null, problem: null });
  const [isPreviewing, startPreview] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const { previewAction } = props;

  const runPreview = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (!formRef.current) return;
      const formData = new FormData(formRef.current);
      startPreview(async () => {
        const result = await previewAction(null, formData);
        const problem = result.ok ? null : `Preview paused: ${Object.values(result.fieldErrors ?? {}).flat()[0] ?? result.message ?? 'fix the highlighted fields.'}`;
        setPreview((previous) => ({ data: result.ok ? (result.data as Preview) : previous.data, problem }));
      });
    }, PREVIEW_DELAY_MS);
  }, [previewAction]);

  // rules, scenario tests and the scenario live in state; plain fields trigger it through onChange
  useEffect(runPreview, [rules, scenarios, scenario, runPreview]);
  useEffect(() => () => { if (timer.current) clearTimeout(timer.current); }, []);
  useEffect(() => {
    if (state?.ok && state.message) toast.success(state.message);
  }, [state]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }

  const error = (path: string) => getFieldError(state?.fieldErrors, path);
  const ruleErrors = Object.entries(state?.fieldErrors ?? {}).filter(([key]) => key.startsWith('terms.rules')).flatMap(([, m]) => m);
  const v = props.values;
  return (
    <form ref={formRef} onSubmit={onSubmit} onChange={runPreview} className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem]" aria-label={props.tierId ? 'Edit tier' : 'New tier'} noValidate>
      {props.tierId ? <input type="hidden" name="tierId" value={props.tierId} /> : null}
      <input type="hidden" name="rules" value={JSON.stringify(rules)} />
      <input type="hidden" name="scenarios" value={JSON.stringify(scenarios)} />
      <div className="space-y-6">
        {state && !state.ok ? <FormErrors error={state.message} /> : null}
        <section className="grid gap-4 sm:grid-cols-2" aria-label="Tier">
          <FormField id="name" label="Name" error={error('name')} required>
            <Input name="name" defaultValue={v.name} required maxLength={80} />
          </FormField>
          <FormField id="effectiveFrom" label="New terms take effect from" error={error('effectiveFrom')} hint="Today means now. Work before this date keeps the earlier terms.">
            <Input name="effectiveFrom" type="date" min={props.minEffectiveFrom} defaultValue={props.minEffectiveFrom} />
          </FormField>
          <FormField id="description" label="Description" error={error('description')} className="sm:col-span-2">
            <Textarea name="description" rows={2} defaultValue={v.description} maxLength={1000} />
          </FormField>
        </section>
        <TierTermsFields terms={v.terms} calendars={props.calendars} error={error} />
        <RulesEditor rules={rules} onChange={setRules} issues={preview.data?.issues ?? []} error={ruleErrors.length ? ruleErrors : undefined} />
        <ScenarioTestsEditor tests={scenarios} onChange={setScenarios} results={preview.data?.scenarioResults ?? null} error={error('scenarios')} />
        <Button type="submit" disabled={isSaving}>{isSaving ? 'Saving…' : props.submitLabel}</Button>
      </div>
      <aside className="lg:sticky lg:top-4 lg:self-start">
        <TierPreview scenario={scenario} onScenarioChange={setScenario} preview={preview.data} problem={preview.problem} isPending={isPreviewing} />
      </aside>
    </form>
  );
}
