import { Badge, badgeLabels, type BadgeVariant } from '@/components/ui/badge.tsx';

export function OutcomeBadge({ outcome }: { outcome: string }) {
  return <Badge variant={outcome as BadgeVariant}>{badgeLabels[outcome as BadgeVariant] ?? outcome}</Badge>;
}
