import { Badge } from '@/components/ui/badge.tsx';
import type { InvoiceStatus } from '@/lib/db/generated/enums.ts';

const VARIANT = { draft: 'neutral', issued: 'info', paid: 'success', void: 'danger' } as const satisfies Record<InvoiceStatus, string>;
const LABEL: Record<InvoiceStatus, string> = { draft: 'Draft', issued: 'Issued', paid: 'Paid', void: 'Void' };

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  return <Badge variant={VARIANT[status]}>{LABEL[status]}</Badge>;
}
