import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table.tsx';
import type { AuditRow } from '@/lib/server/audit/list-audit.ts';
import { formatDateTime } from '@/lib/utils/format.ts';

const SHORT = 140;

/** A JSON value on one line; longer ones open in full. */
function CompactJson({ label, value }: { label: string; value: unknown }) {
  if (value === null || value === undefined) return null;
  const text = JSON.stringify(value);
  return (
    <div className="text-xs">
      <span className="text-muted-foreground">{label} </span>
      {text.length <= SHORT ? (
        <code className="break-all">{text}</code>
      ) : (
        <details className="inline">
          <summary className="inline cursor-pointer"><code className="break-all">{text.slice(0, SHORT)}…</code></summary>
          <pre className="mt-1 max-h-64 overflow-auto whitespace-pre-wrap rounded bg-muted p-2">{JSON.stringify(value, null, 2)}</pre>
        </details>
      )}
    </div>
  );
}

export function AuditTable({ rows }: { rows: AuditRow[] }) {
  return (
    <div className="rounded-lg border bg-card">
      <Table aria-label="Audit trail">
        <TableHeader>
          <TableRow>
            <TableHead>When (UTC)</TableHead>
            <TableHead>Actor</TableHead>
            <TableHead>Action</TableHead>
            <TableHead>Entity</TableHead>
            <TableHead>Client</TableHead>
            <TableHead>Before → after</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.length === 0 ? (
            <TableRow>
              <TableCell colSpan={6} className="h-16 text-center text-muted-foreground">No audit records match these filters.</TableCell>
            </TableRow>
          ) : null}
          {rows.map((row) => (
            <TableRow key={row.id} data-testid="audit-row" className="align-top">
              <TableCell className="whitespace-nowrap">{formatDateTime(row.createdAt, 'UTC')}</TableCell>
              <TableCell>{row.actor ? <span title={row.actor.email}>{row.actor.name}</span> : <span className="text-muted-foreground">system</span>}</TableCell>
              <TableCell className="font-mono text-xs">{row.action}</TableCell>
              <TableCell className="text-xs">{row.entityType}<div className="font-mono text-muted-foreground" title={row.entityId}>{row.entityId.slice(0, 8)}</div></TableCell>
              <TableCell>{row.client?.name ?? '—'}</TableCell>
              <TableCell className="max-w-md whitespace-normal">
                <CompactJson label="before" value={row.before} />
                <CompactJson label="after" value={row.after} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
