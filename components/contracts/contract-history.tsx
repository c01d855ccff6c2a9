import type { ContractHistoryEntry } from '@/lib/server/contracts/get-contract.ts';
import { formatDateTime, humanize } from '@/lib/utils/format.ts';

const HIDDEN = new Set(['changed', 'version', 'assetIds']);
const show = (value: unknown) => (value === null || value === undefined || value === '' ? '—' : Array.isArray(value) ? `${value.length} item${value.length === 1 ? '' : 's'}` : String(value));

function changes(before: unknown, after: unknown): { field: string; from: string; to: string }[] {
  if (!before || !after || typeof before !== 'object' || typeof after !== 'object') return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  return Object.keys(a)
    .filter((key) => !HIDDEN.has(key) && key in b && JSON.stringify(a[key]) !== JSON.stringify(b[key]))
    .map((key) => ({ field: humanize(key.replace(/([A-Z])/g, '_$1').toLowerCase()), from: show(b[key]), to: show(a[key]) }));
}

/** The contract's changes from the audit log: who, when, and each field before → after. */
export function ContractHistory({ entries, timezone }: { entries: ContractHistoryEntry[]; timezone: string }) {
  if (entries.length === 0) return <p className="text-sm text-muted-foreground">No recorded changes.</p>;
  return (
    <ol className="space-y-3 text-sm">
      {entries.map((entry) => {
        const diff = changes(entry.before, entry.after);
        const after = (entry.after ?? {}) as Record<string, unknown>;
        return (
          <li key={entry.id} className="border-l-2 pl-3" data-testid="contract-history-entry">
            <p><span className="font-medium">{humanize(entry.action.replace('contract.', ''))}</span> <span className="text-muted-foreground">· {entry.actor ?? 'system'} · {formatDateTime(entry.at, timezone)}</span></p>
            {typeof after.reason === 'string' ? <p>Reason: {after.reason}{after.noticeOverridden ? ` (notice period overridden: ${String(after.overrideReason)})` : ''}</p> : null}
            {typeof after.renewal === 'string' ? <p>Renewed as {after.renewal}.</p> : null}
            {diff.length ? (
              <ul className="mt-1 space-y-0.5">
                {diff.map((d) => <li key={d.field}>{d.field}: <span className="text-muted-foreground line-through">{d.from}</span> → {d.to}</li>)}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
