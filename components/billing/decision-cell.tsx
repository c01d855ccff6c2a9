import type { DecisionView } from '@/lib/server/billing/decision-view.ts';
import { formatDuration } from '@/lib/utils/format.ts';
import { OutcomeBadge } from './decision-badge.tsx';

/** A decision's parts and its reason, as technician and customer read them. */
export function DecisionCell({ decision, notes }: { decision: DecisionView | null; notes?: string | null }) {
  if (!decision) return <span className="text-muted-foreground">Not decided</span>;
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-1">
        {decision.parts.map((part, index) => (
          <span key={index} className="inline-flex items-center gap-1 text-xs">
            <OutcomeBadge outcome={part.outcome} />
            {formatDuration(part.minutes)}
            {part.units ? ` · ${part.units} unit${part.units === 1 ? '' : 's'}` : ''}
          </span>
        ))}
      </div>
      <p className="text-sm" data-testid="decision-reason">{decision.reason}</p>
      {notes ? <p className="text-xs text-muted-foreground">Notes: {notes}</p> : null}
    </div>
  );
}
