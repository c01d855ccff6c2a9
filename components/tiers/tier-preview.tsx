'use client';

import type { TierScenario } from '@/lib/domain/billing/scenario.ts';
import type { TierPreview as Preview } from '@/lib/server/tiers/preview-decision.ts';
import { Badge } from '@/components/ui/badge.tsx';
import { ScenarioFields } from './scenario-fields.tsx';

/** The live preview: pick a scenario, read how these (unsaved) terms would decide it and why. */
export function TierPreview(props: { scenario: TierScenario; onScenarioChange: (value: TierScenario) => void; preview: Preview | null; problem: string | null; isPending: boolean }) {
  const { preview } = props;
  return (
    <section aria-labelledby="preview-heading" className="space-y-3 rounded-lg border bg-muted/40 p-4">
      <div className="flex items-center justify-between gap-2">
        <h3 id="preview-heading" className="font-semibold">Live preview</h3>
        {props.isPending ? <span className="text-xs text-muted-foreground" aria-live="polite">Updating…</span> : null}
      </div>
      <ScenarioFields idPrefix="preview" value={props.scenario} onChange={props.onScenarioChange} named />
      <div aria-live="polite" className="min-h-16 rounded-md border bg-card p-3 text-sm" data-testid="tier-preview">
        {props.problem ? <p className="text-muted-foreground">{props.problem}</p> : null}
        {!props.problem && preview ? (
          <>
            <p className="flex flex-wrap items-center gap-2">
              <Badge variant={preview.outcome}>{preview.outcome.replace('_', '-')}</Badge>
              <strong data-testid="preview-headline">{preview.headline}</strong>
            </p>
            <p className="mt-1">because “<span data-testid="preview-reason">{preview.reason}</span>” <span className="text-muted-foreground">(rule {preview.rule})</span></p>
          </>
        ) : null}
        {!props.problem && !preview ? <p className="text-muted-foreground">Working out the decision…</p> : null}
      </div>
      {preview ? (
        <p className="text-xs text-muted-foreground" data-testid="preview-checks">
          {preview.issues.length === 0 ? 'Rule checks: no problems found.' : `Rule checks: ${preview.issues.length} problem${preview.issues.length === 1 ? '' : 's'} (see the rules).`}
          {preview.scenarioResults.length ? ` Scenario tests: ${preview.scenarioResults.filter((r) => r.passed).length} of ${preview.scenarioResults.length} pass.` : ''}
        </p>
      ) : null}
    </section>
  );
}
