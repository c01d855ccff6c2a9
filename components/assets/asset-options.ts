import { ASSET_CLASSES, ASSET_LIFECYCLES, EDITABLE_LIFECYCLES } from '@/lib/server/assets/asset-input.ts';
import { humanize } from '@/lib/utils/format.ts';

/** What the asset form shows; plain strings so a server page can pass them to the client form. */
export interface AssetFormValues {
  name: string;
  class: string;
  siteId: string;
  make: string;
  model: string;
  serialNumber: string;
  operatingSystem: string;
  lifecycle: string;
  /** YYYY-MM-DD or '' */
  warrantyExpiresOn: string;
  licenceExpiresOn: string;
  isSupported: boolean;
  unsupportedReason: string;
  notes: string;
}

export const EMPTY_ASSET: AssetFormValues = {
  name: '',
  class: '',
  siteId: '',
  make: '',
  model: '',
  serialNumber: '',
  operatingSystem: '',
  lifecycle: 'active',
  warrantyExpiresOn: '',
  licenceExpiresOn: '',
  isSupported: true,
  unsupportedReason: '',
  notes: '',
};

const toOptions = (values: readonly string[]) => values.map((value) => ({ value, label: humanize(value) }));

export const ASSET_CLASS_OPTIONS = toOptions(ASSET_CLASSES);
export const LIFECYCLE_OPTIONS = toOptions(ASSET_LIFECYCLES);
export const EDITABLE_LIFECYCLE_OPTIONS = toOptions(EDITABLE_LIFECYCLES);

/** How a relationship reads from the asset being viewed. */
export function relationshipLabel(direction: 'outgoing' | 'incoming', kind: 'depends_on' | 'connected_to'): string {
  if (kind === 'connected_to') return 'Connected to';
  return direction === 'outgoing' ? 'Depends on' : 'Depended on by';
}
