'use client';

import { startTransition, useActionState, useState, type ChangeEvent, type FormEvent } from 'react';
import type { ActionState } from '@/app/_lib/action.ts';
import { Button } from '@/components/ui/button.tsx';
import { Input } from '@/components/ui/input.tsx';
import { Select } from '@/components/ui/select.tsx';
import { Textarea } from '@/components/ui/textarea.tsx';
import { FormField } from '@/components/ui/form-field.tsx';
import { FormErrors, getFieldError } from '@/components/ui/field-errors.tsx';
import {
  IMPACT_LABELS,
  IMPACTS,
  priorityFor,
  REQUEST_KIND_LABELS,
  REQUEST_KINDS,
  URGENCIES,
  URGENCY_LABELS,
  type Impact,
  type RequestKind,
  type Urgency,
} from '@/lib/domain/tickets/priority-matrix.ts';
import { ACCEPT_ATTRIBUTE, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS_PER_REQUEST } from '@/lib/domain/attachments/limits.ts';
import { humanize } from '@/lib/utils/format.ts';
import { ChoiceGroup } from './choice-group.tsx';
import { CoveragePreviewCard } from './coverage-preview-card.tsx';
import { useCoveragePreview } from './use-coverage-preview.ts';

type FormAction = (state: ActionState | null, formData: FormData) => Promise<ActionState>;

const options = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((value) => ({ value, label: labels[value] }));
// the whole request travels in one server-action body (12 MB)
const MAX_TOTAL_BYTES = 11 * 1024 * 1024;

function checkFiles(files: FileList | null): string | null {
  const list = Array.from(files ?? []);
  if (list.length > MAX_ATTACHMENTS_PER_REQUEST) return `Attach at most ${MAX_ATTACHMENTS_PER_REQUEST} files.`;
  const tooBig = list.find((file) => file.size > MAX_ATTACHMENT_BYTES);
  if (tooBig) return `${tooBig.name} is larger than 10 MB.`;
  if (list.reduce((sum, file) => sum + file.size, 0) > MAX_TOTAL_BYTES) return 'Together the files must stay under 11 MB.';
  return null;
}

/** The customer's request in their own words, with what their agreement says before they send it. */
export function NewRequestForm(props: { assets: { id: string; name: string; class: string; isSupported: boolean }[]; submitAction: FormAction; previewAction: FormAction }) {
  const [state, formAction, isPending] = useActionState(props.submitAction, null);
  const [kind, setKind] = useState<RequestKind | ''>('');
  const [urgency, setUrgency] = useState<Urgency>('medium');
  const [impact, setImpact] = useState<Impact>('just_me');
  const [assetId, setAssetId] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const coverage = useCoveragePreview(props.previewAction);
  const chooseKind = (value: RequestKind) => {
    setKind(value);
    coverage.request(value, assetId);
  };
  const chooseAsset = (value: string) => {
    setAssetId(value);
    coverage.request(kind, value);
  };
  const errors = state?.fieldErrors;
  // submitting by hand keeps what was typed when the answer is an error (see ActionForm)
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  }
  const isQuestion = kind === 'question';
  const priority = isQuestion ? 'P4' : priorityFor(urgency, impact);

  return (
    <form onSubmit={onSubmit} className="space-y-6" aria-label="New request">
      {state && !state.ok ? <FormErrors error={state.message} /> : null}
      <ChoiceGroup name="kind" legend="What do you need?" options={options(REQUEST_KINDS, REQUEST_KIND_LABELS)} value={kind} onChange={chooseKind} error={getFieldError(errors, 'kind')} />
      <CoveragePreviewCard preview={kind ? coverage.preview : null} isLoading={coverage.isLoading} error={kind ? coverage.error : null} />
      <FormField id="assetId" label="Which of your devices or services is it about?" hint="Optional. Only your company’s assets are listed." error={getFieldError(errors, 'assetId')}>
        <Select name="assetId" value={assetId} onChange={(e) => chooseAsset(e.target.value)} placeholder="Not about a specific asset">
          {props.assets.map((asset) => (
            <option key={asset.id} value={asset.id}>
              {asset.name} ({humanize(asset.class)}){asset.isSupported ? '' : ' — not supported'}
            </option>
          ))}
        </Select>
      </FormField>
      {isQuestion ? (
        <>
          <input type="hidden" name="urgency" value="low" />
          <input type="hidden" name="impact" value="just_me" />
        </>
      ) : (
        <div className="grid gap-4 md:grid-cols-2">
          <ChoiceGroup name="urgency" legend="How urgent is it?" options={options(URGENCIES, URGENCY_LABELS)} value={urgency} onChange={setUrgency} error={getFieldError(errors, 'urgency')} className="sm:[&>div]:flex-col" />
          <ChoiceGroup name="impact" legend="Who is affected?" options={options(IMPACTS, IMPACT_LABELS)} value={impact} onChange={setImpact} error={getFieldError(errors, 'impact')} className="sm:[&>div]:flex-col" />
        </div>
      )}
      <p className="text-sm text-muted-foreground" data-testid="priority-preview">
        We will treat this as priority <strong>{priority}</strong>{isQuestion ? ' (questions are never urgent for the system)' : ''}.
      </p>
      <FormField id="subject" label="Subject" error={getFieldError(errors, 'subject')} required>
        <Input name="subject" required minLength={3} maxLength={200} placeholder="e.g. Reception printer shows an error" />
      </FormField>
      <FormField id="description" label="Describe it" hint="What happened, since when, what you already tried." error={getFieldError(errors, 'description')}>
        <Textarea name="description" rows={5} maxLength={20000} />
      </FormField>
      <FormField id="attachments" label="Attachments" hint="Screenshots, PDFs, text or office documents; up to 5 files of 10 MB each." error={fileError ?? getFieldError(errors, 'attachments')}>
        <Input name="attachments" type="file" multiple accept={ACCEPT_ATTRIBUTE} onChange={(e: ChangeEvent<HTMLInputElement>) => setFileError(checkFiles(e.target.files))} />
      </FormField>
      <Button type="submit" disabled={isPending || !kind || fileError !== null} className="w-full sm:w-auto">
        {isPending ? 'Sending…' : 'Send request'}
      </Button>
    </form>
  );
}
