import type { ContractKind } from '@/lib/db/generated/enums.ts';

/** How an agreement without a tier is named to the customer. */
export const AGREEMENT_LABELS: Record<ContractKind, string> = {
  managed: 'managed support',
  retainer: 'retained support',
  time_and_materials: 'time-and-materials',
  fixed_fee: 'fixed-fee project',
};
