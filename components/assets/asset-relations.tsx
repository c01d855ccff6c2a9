'use client';

import Link from 'next/link';
import { useActionState, useEffect } from 'react';
import { toast } from 'sonner';
import type { ActionState } from '@/app/_lib/action.ts';
import { Button } from '@/components/ui/button.tsx';
import { FormField } from '@/components/ui/form-field.tsx';
import { FormErrors, getFieldError } from '@/components/ui/field-errors.tsx';
import { Select } from '@/components/ui/select.tsx';
import { humanize } from '@/lib/utils/format.ts';
import { relationshipLabel } from './asset-options.ts';

type FormAction = (state: ActionState | null, formData: FormData) => Promise<ActionState>;

export interface RelationshipRow {
  direction: 'outgoing' | 'incoming';
  kind: 'depends_on' | 'connected_to';
  other: { id: string; name: string; class: string; lifecycle: string };
}

function useToastOnSuccess(state: ActionState | null) {
  useEffect(() => {
    if (state?.ok && state.message) toast.success(state.message);
  }, [state]);
}

function UnlinkButton(props: { action: FormAction; assetId: string; relation: RelationshipRow }) {
  const [state, formAction, isPending] = useActionState(props.action, null);
  useToastOnSuccess(state);
  const { relation } = props;
  const [fromId, toId] = relation.direction === 'outgoing' ? [props.assetId, relation.other.id] : [relation.other.id, props.assetId];
  return (
    <form action={formAction} className="flex items-center gap-2">
      <input type="hidden" name="assetId" value={props.assetId} />
      <input type="hidden" name="fromId" value={fromId} />
      <input type="hidden" name="toId" value={toId} />
      <input type="hidden" name="kind" value={relation.kind} />
      {state && !state.ok ? <span className="text-xs text-destructive">{state.message}</span> : null}
      <Button type="submit" size="sm" variant="ghost" disabled={isPending} aria-label={`Remove relationship with ${relation.other.name}`}>
        Remove
      </Button>
    </form>
  );
}

/** Relationships both ways, with forms to add and remove them. */
export function AssetRelations(props: {
  assetId: string;
  relationships: RelationshipRow[];
  candidates: { id: string; name: string; class: string }[];
  linkAction: FormAction;
  unlinkAction: FormAction;
}) {
  const [state, formAction, isPending] = useActionState(props.linkAction, null);
  useToastOnSuccess(state);
  const errors = state?.fieldErrors;
  return (
    <div className="space-y-4">
      {props.relationships.length === 0 ? (
        <p className="text-sm text-muted-foreground">No relationships yet.</p>
      ) : (
        <ul className="divide-y divide-border rounded-md border border-border" aria-label="Relationships">
          {props.relationships.map((relation) => (
            <li key={`${relation.direction}:${relation.kind}:${relation.other.id}`} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
              <span>
                <span className="text-muted-foreground">{relationshipLabel(relation.direction, relation.kind)}</span>{' '}
                <Link href={`/console/assets/${relation.other.id}`} className="font-medium hover:underline">
                  {relation.other.name}
                </Link>{' '}
                <span className="text-xs text-muted-foreground">
                  ({humanize(relation.other.class)}{relation.other.lifecycle === 'retired' ? ', retired' : ''})
                </span>
              </span>
              <UnlinkButton action={props.unlinkAction} assetId={props.assetId} relation={relation} />
            </li>
          ))}
        </ul>
      )}
      <form action={formAction} className="space-y-3" aria-label="Add a relationship">
        <input type="hidden" name="assetId" value={props.assetId} />
        {state && !state.ok ? <FormErrors error={state.message} /> : null}
        <div className="grid gap-3">
          <FormField id="relation" label="This asset…" error={getFieldError(errors, 'relation')}>
            <Select
              name="relation"
              defaultValue="depends_on"
              options={[
                { value: 'depends_on', label: 'depends on' },
                { value: 'required_by', label: 'is depended on by' },
                { value: 'connected_to', label: 'is connected to' },
              ]}
            />
          </FormField>
          <FormField id="otherId" label="Other asset" error={getFieldError(errors, 'otherId')}>
            <Select name="otherId" defaultValue="" placeholder="Choose an asset…" options={props.candidates.map((c) => ({ value: c.id, label: `${c.name} (${humanize(c.class)})` }))} />
          </FormField>
          <Button type="submit" variant="secondary" className="justify-self-start" disabled={isPending || props.candidates.length === 0}>
            {isPending ? 'Linking…' : 'Link'}
          </Button>
        </div>
      </form>
    </div>
  );
}
