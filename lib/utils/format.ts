export { formatDuration } from '@/lib/domain/billing/rounding.ts';

// Intl formatters are slow to create and pages format hundreds of values: keep one per kind
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

export function formatDateTime(value: Date | string | null | undefined, timezone?: string): string {
  if (!value) return '—';
  const formatter = cached(`dt:${timezone ?? ''}`, () => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: timezone }));
  return formatter.format(new Date(value));
}

export function formatDate(value: Date | string | null | undefined, timezone = 'UTC'): string {
  if (!value) return '—';
  return cached(`d:${timezone}`, () => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: timezone })).format(new Date(value));
}

export function formatMoneyString(value: string | number | null | undefined, currency = 'USD'): string {
  if (value === null || value === undefined) return '—';
  return cached(`m:${currency}`, () => new Intl.NumberFormat('en-US', { style: 'currency', currency })).format(Number(value));
}

const LABELS: Record<string, string> = {
  service_request: 'Service request',
  in_progress: 'In progress',
  waiting_on_customer: 'Waiting on customer',
  awaiting_approval: 'Awaiting approval',
  non_billable: 'Non-billable',
  time_and_materials: 'Time & materials',
  fixed_fee: 'Fixed fee',
  software_licence: 'Software licence',
  cloud_service: 'Cloud service',
};

/** 'service_request' → 'Service request'. */
export function humanize(value: string | null | undefined): string {
  if (!value) return '—';
  return LABELS[value] ?? value.charAt(0).toUpperCase() + value.slice(1).replace(/_/g, ' ');
}

/** "due in 2 h 5 min" / "overdue by 40 min", relative to now. */
export function describeDue(dueAt: Date | null, now: Date = new Date()): { text: string; isOverdue: boolean } | null {
  if (!dueAt) return null;
  const minutes = Math.round((dueAt.getTime() - now.getTime()) / 60_000);
  const abs = Math.abs(minutes);
  const span = abs >= 1440 ? `${Math.floor(abs / 1440)} d ${Math.floor((abs % 1440) / 60)} h` : abs >= 60 ? `${Math.floor(abs / 60)} h ${abs % 60} min` : `${abs} min`;
  return minutes >= 0 ? { text: `due in ${span}`, isOverdue: false } : { text: `overdue by ${span}`, isOverdue: true };
}
