import { deliverPendingEmails } from '@/lib/server/mail/deliver-emails.ts';
import { runNoticesScan } from '@/lib/server/notices/run-notices-scan.ts';

export interface JobDefinition {
  name: string;
  /** cron in UTC; jobs also run when nudged */
  cron?: string;
  handler: () => Promise<unknown>;
}

/** Timed work. Each handler is idempotent: running it twice does no harm. */
export const JOBS: JobDefinition[] = [
  { name: 'mail-deliver', cron: '* * * * *', handler: () => deliverPendingEmails() },
  { name: 'notices-scan', cron: '0 * * * *', handler: () => runNoticesScan() },
];
