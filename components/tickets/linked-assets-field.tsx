'use client';

import { useState } from 'react';
import type { ActionState } from '@/app/_lib/action.ts';
import type { LinkableAsset } from '@/lib/server/tickets/list-linkable-assets.ts';
import { Button } from '@/components/ui/button.tsx';
import { humanize } from '@/lib/utils/format.ts';

type FormAction = (state: ActionState | null, formData: FormData) => Promise<ActionState>;
type AssetOption = { id: string; name: string; class: string };

function AssetCheckbox({ asset, isLinked }: { asset: AssetOption; isLinked: boolean }) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input type="checkbox" name="assetIds[]" value={asset.id} defaultChecked={isLinked} />
      {asset.name} <span className="text-muted-foreground">({humanize(asset.class)})</span>
    </label>
  );
}

/**
 * The classify form's asset links: the linked assets come with the page (unticking one unlinks
 * it); the client's other assets are fetched only when the technician asks to link more.
 */
export function LinkedAssetsField(props: { ticketId: string; linked: AssetOption[]; loadAction: FormAction }) {
  const [candidates, setCandidates] = useState<LinkableAsset[] | null>(null);
  const [isLoading, setIsLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const linkedIds = new Set(props.linked.map((asset) => asset.id));
  const others = candidates?.filter((asset) => !linkedIds.has(asset.id)) ?? [];

  async function loadCandidates() {
    setIsLoading(true);
    setError(null);
    const formData = new FormData();
    formData.set('ticketId', props.ticketId);
    try {
      const result = await props.loadAction(null, formData);
      if (result.ok) setCandidates(result.data as LinkableAsset[]);
      else setError(result.message ?? 'The assets could not be loaded.');
    } catch {
      setError('The assets could not be loaded; please try again.');
    } finally {
      setIsLoading(false);
    }
  }

  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium">Linked assets</legend>
      {props.linked.length === 0 && candidates === null ? <p className="text-sm text-muted-foreground">No assets linked.</p> : null}
      <div className="grid max-h-40 gap-1 overflow-y-auto sm:grid-cols-2">
        {props.linked.map((asset) => <AssetCheckbox key={asset.id} asset={asset} isLinked />)}
        {others.map((asset) => <AssetCheckbox key={asset.id} asset={asset} isLinked={false} />)}
      </div>
      {candidates !== null && others.length === 0 ? <p className="text-sm text-muted-foreground">The client has no other assets in service.</p> : null}
      {error ? <p role="alert" className="text-sm text-destructive">{error}</p> : null}
      {candidates === null ? (
        <Button type="button" variant="outline" size="sm" onClick={loadCandidates} disabled={isLoading}>
          {isLoading ? 'Loading assets…' : 'Link more assets…'}
        </Button>
      ) : null}
    </fieldset>
  );
}
