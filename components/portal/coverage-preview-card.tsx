import type { CoveragePreview } from '@/lib/domain/portal/coverage-phrase.ts';
import { Badge, type BadgeVariant } from '@/components/ui/badge.tsx';

const TONE: Record<CoveragePreview['tone'], { variant: BadgeVariant; label: string }> = {
  covered: { variant: 'covered', label: 'Covered' },
  retainer: { variant: 'retainer', label: 'Prepaid hours' },
  billable: { variant: 'billable', label: 'Billable' },
  approval: { variant: 'warning', label: 'Needs approval' },
};

/** What the agreement says about the request being written, before it is sent. */
export function CoveragePreviewCard(props: { preview: CoveragePreview | null; isLoading: boolean; error?: string | null }) {
  const { preview } = props;
  return (
    <section aria-label="What your agreement says" aria-live="polite" aria-busy={props.isLoading || undefined} className="rounded-lg border bg-muted/30 p-4" data-testid="coverage-preview">
      <h2 className="mb-2 text-sm font-semibold">What your agreement says</h2>
      {props.error ? <p className="text-sm text-destructive">{props.error}</p> : null}
      {!preview && !props.error ? <p className="text-sm text-muted-foreground">{props.isLoading ? 'Checking your agreement…' : 'Choose what kind of request this is.'}</p> : null}
      {preview ? (
        <div className={props.isLoading ? 'space-y-2 opacity-60' : 'space-y-2'}>
          <Badge variant={TONE[preview.tone].variant}>{TONE[preview.tone].label}</Badge>
          <p className="font-medium" data-testid="coverage-headline">{preview.headline}</p>
          {preview.details.map((detail) => (
            <p key={detail} className="text-sm text-muted-foreground">{detail}</p>
          ))}
          <details className="text-xs text-muted-foreground">
            <summary className="cursor-pointer">How we worked this out</summary>
            <p className="mt-1">For 30 minutes of remote work on a request like this: {preview.reason}</p>
          </details>
        </div>
      ) : null}
    </section>
  );
}
