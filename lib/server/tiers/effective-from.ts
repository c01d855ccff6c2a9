import { AppError } from '@/lib/errors/app-error.ts';

/** The instant a version takes effect: a date is from 00:00 UTC, except today, which means now. */
export function resolveEffectiveFrom(value: Date | string | undefined, now: Date): Date {
  if (value === undefined) return now;
  if (value instanceof Date) return value;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value === now.toISOString().slice(0, 10) ? now : new Date(`${value}T00:00:00Z`);
  return new Date(value);
}

const SLACK_MS = 60_000;

/** Versions apply from now on: never in the past, never before the latest version. */
export function assertEffectiveFrom(effectiveFrom: Date, now: Date, latest: { version: number; effectiveFrom: Date } | null): void {
  const fail = (message: string) => new AppError('invalid', message, { fieldErrors: { effectiveFrom: [message] } });
  if (effectiveFrom.getTime() < now.getTime() - SLACK_MS) {
    throw fail('New terms take effect from today or a later date; decisions already made keep the version they were made with.');
  }
  if (latest && effectiveFrom.getTime() <= latest.effectiveFrom.getTime()) {
    throw fail(`Choose a date after version ${latest.version} takes effect (${latest.effectiveFrom.toISOString().slice(0, 16).replace('T', ' ')} UTC).`);
  }
}
