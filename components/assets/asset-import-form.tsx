'use client';

import Link from 'next/link';
import { startTransition, useActionState, useState, type FormEvent } from 'react';
import type { ActionState } from '@/app/_lib/action.ts';
import { Button } from '@/components/ui/button.tsx';
import { FormField } from '@/components/ui/form-field.tsx';
import { FormErrors, getFieldError } from '@/components/ui/field-errors.tsx';
import { Input } from '@/components/ui/input.tsx';
import { Select } from '@/components/ui/select.tsx';
import { Textarea } from '@/components/ui/textarea.tsx';
import { Table, TableBody, TableCaption, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table.tsx';
import { humanize } from '@/lib/utils/format.ts';

type FormAction = (state: ActionState | null, formData: FormData) => Promise<ActionState>;

/** What previewAssetImportAction returns in `data`. */
interface PreviewData {
  clientId: string;
  csv: string;
  validCount: number;
  validRows: { line: number; name: string; class: string; make: string | null; model: string | null; siteName: string | null }[];
  rejected: { line: number; errors: string[] }[];
}

function RejectedRows({ rows }: { rows: PreviewData['rejected'] }) {
  if (rows.length === 0) return null;
  return (
    <div className="rounded-lg border">
      <Table>
        <TableCaption className="sr-only">Rejected rows</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHead className="w-20">Line</TableHead>
            <TableHead>Why it was rejected</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.line} data-testid="rejected-row">
              <TableCell>{row.line}</TableCell>
              <TableCell>{row.errors.join(' ')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function CommitStep(props: { action: FormAction; preview: PreviewData }) {
  const [state, formAction, isPending] = useActionState(props.action, null);
  const { preview } = props;
  if (state?.ok) {
    const rejected = (state.data as { rejected?: PreviewData['rejected'] } | undefined)?.rejected ?? [];
    return (
      <div className="space-y-3">
        <p role="status" className="rounded-md border border-success/30 bg-success/10 p-2 text-sm" data-testid="import-result">
          {state.message}
        </p>
        <RejectedRows rows={rejected} />
        <Button asChild variant="outline">
          <Link href={`/console/assets?clientId=${preview.clientId}`}>See this client’s assets</Link>
        </Button>
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="clientId" value={preview.clientId} />
      <input type="hidden" name="csv" value={preview.csv} />
      {state && !state.ok ? <FormErrors error={state.message} /> : null}
      <Button type="submit" disabled={isPending || preview.validCount === 0}>
        {isPending ? 'Importing…' : `Import ${preview.validCount} asset${preview.validCount === 1 ? '' : 's'}`}
      </Button>
    </form>
  );
}

/** Paste or upload a CSV, see what would be imported and why rows are rejected, then import. */
export function AssetImportForm(props: { previewAction: FormAction; commitAction: FormAction; clients: { id: string; name: string }[]; defaultClientId?: string }) {
  const [state, formAction, isPending] = useActionState(props.previewAction, null);
  const [previewCount, setPreviewCount] = useState(0);
  const preview = state?.ok ? (state.data as PreviewData) : null;
  const errors = state?.fieldErrors;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    setPreviewCount((count) => count + 1);
    startTransition(() => formAction(formData));
  }

  return (
    <div className="space-y-6">
      <form onSubmit={onSubmit} className="space-y-4" aria-label="Preview a CSV import">
        {state && !state.ok ? <FormErrors error={state.message} /> : null}
        <FormField id="clientId" label="Client" error={getFieldError(errors, 'clientId')} required>
          <Select name="clientId" defaultValue={props.defaultClientId ?? ''} placeholder="Choose a client…" required options={props.clients.map((c) => ({ value: c.id, label: c.name }))} />
        </FormField>
        <FormField id="file" label="CSV file (up to 1 MB)" error={getFieldError(errors, 'file')} hint="A file, when chosen, is used instead of pasted text.">
          <Input name="file" type="file" accept=".csv,text/csv" />
        </FormField>
        <FormField id="csv" label="…or paste CSV" error={getFieldError(errors, 'csv')}>
          <Textarea name="csv" rows={8} className="font-mono text-xs" spellCheck={false} />
        </FormField>
        <Button type="submit" variant="secondary" disabled={isPending}>
          {isPending ? 'Checking…' : 'Preview import'}
        </Button>
      </form>

      {preview ? (
        <section aria-label="Import preview" className="space-y-4">
          <h2 className="text-lg font-semibold">Preview</h2>
          <p className="text-sm" data-testid="import-summary">
            {preview.validCount} row{preview.validCount === 1 ? '' : 's'} ready to import, {preview.rejected.length} rejected.
          </p>
          {preview.validRows.length ? (
            <details className="rounded-md border p-3 text-sm">
              <summary className="cursor-pointer">Rows to import{preview.validCount > preview.validRows.length ? ` (first ${preview.validRows.length})` : ''}</summary>
              <ul className="mt-2 space-y-1">
                {preview.validRows.map((row) => (
                  <li key={row.line}>
                    <span className="text-muted-foreground">Line {row.line}:</span> {row.name} · {humanize(row.class)}
                    {row.make || row.model ? ` · ${[row.make, row.model].filter(Boolean).join(' ')}` : ''}
                    {row.siteName ? ` · ${row.siteName}` : ''}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
          <RejectedRows rows={preview.rejected} />
          <CommitStep key={previewCount} action={props.commitAction} preview={preview} />
        </section>
      ) : null}
    </div>
  );
}
