import type { ExpiryState } from '@/lib/domain/portal/expiry.ts';
import { Badge } from '@/components/ui/badge.tsx';
import { formatDate } from '@/lib/utils/format.ts';

/** A warranty, licence or contract end date; near or past ones stand out. */
export function ExpiryDate(props: { on: Date | null; state: ExpiryState | null }) {
  if (!props.on) return <span className="text-muted-foreground">—</span>;
  return (
    <span className="inline-flex flex-wrap items-center gap-1 whitespace-nowrap">
      {formatDate(props.on)}
      {props.state === 'soon' ? <Badge variant="warning" data-testid="expiring-soon">Expires soon</Badge> : null}
      {props.state === 'expired' ? <Badge variant="danger">Expired</Badge> : null}
    </span>
  );
}
