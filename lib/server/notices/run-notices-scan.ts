import { db, type Db } from '@/lib/db/client.ts';
import { nudgeJob } from '@/lib/jobs/nudge.ts';
import { scanContractEndings } from './scan-contract-endings.ts';
import { scanAssetExpiries } from './scan-asset-expiries.ts';
import { scanLowRetainers } from './scan-low-retainers.ts';
import { scanPendingEstimates } from './scan-pending-estimates.ts';
import { scanSlaBreaches } from './scan-sla-breaches.ts';

export interface NoticesScanResult {
  contractsEnding: number;
  assetsExpiring: number;
  retainersLow: number;
  estimatesPending: number;
  slaBreached: number;
}

/**
 * The hourly scan (job "notices-scan"). Idempotent: every notice has a deterministic key, so
 * running it again delivers nothing twice; e-mails are queued with the notifications and sent
 * by the mail job, nudged here once the notices are committed.
 */
export async function runNoticesScan(options: { now?: Date } = {}, database: Db = db): Promise<NoticesScanResult> {
  const now = options.now ?? new Date();
  const result: NoticesScanResult = {
    contractsEnding: await scanContractEndings(database, now),
    assetsExpiring: await scanAssetExpiries(database, now),
    retainersLow: await scanLowRetainers(database),
    estimatesPending: await scanPendingEstimates(database, now),
    slaBreached: await scanSlaBreaches(database, now),
  };
  if (Object.values(result).some((count) => count > 0)) await nudgeJob('mail-deliver');
  return result;
}
