import type pg from 'pg';

/** What the API bench writes in a time entry's notes, so a later run can find it. */
export const BENCH_NOTES = 'bench';

/**
 * Removes the time earlier runs of the API bench logged (never invoiced), with its decisions,
 * ledger rows, audit records and notices. Each run logs work of the last two hours; without
 * this, every run would find the earlier runs' entries there to decide again and measure slower
 * than the one before. The ledger refuses DELETE (a trigger), so this runs as the superuser with
 * triggers off (session_replication_role = replica), which also skips foreign keys: children go
 * first. Snapshots of the touched retainers are dropped (they are rebuilt when needed), and the
 * tables vacuumed.
 */
export async function forgetBenchTime(client: pg.Client): Promise<number> {
  await client.query('BEGIN');
  let rowCount: number | null;
  try {
    await client.query(`SET LOCAL session_replication_role = replica`);
    ({ rowCount } = await client.query(
      `CREATE TEMP TABLE gone ON COMMIT DROP AS
       SELECT id, "contractId" FROM "TimeEntry" WHERE notes = $1 AND "invoiceId" IS NULL AND "lockedAt" IS NULL`,
      [BENCH_NOTES],
    ));
    await client.query(`DELETE FROM "DecisionPart" p USING "BillingDecision" d, gone g WHERE p."decisionId" = d.id AND d."timeEntryId" = g.id`);
    await client.query(`DELETE FROM "BillingDecision" d USING gone g WHERE d."timeEntryId" = g.id`);
    await client.query(`DELETE FROM "RetainerLedgerEntry" l USING gone g WHERE l."timeEntryId" = g.id`);
    await client.query(`DELETE FROM "RetainerSnapshot" WHERE "contractId" IN (SELECT "contractId" FROM gone)`);
    await client.query(`DELETE FROM "AuditLog" a USING gone g WHERE a."entityType" = 'TimeEntry' AND a."entityId" = g.id::text`);
    await client.query(`DELETE FROM "Notification" WHERE "dedupeKey" LIKE 'retainer-exhausted:%' AND split_part("dedupeKey", ':', 2) IN (SELECT id::text FROM gone)`);
    await client.query(`DELETE FROM "TimeEntry" e USING gone g WHERE e.id = g.id`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  // the dead rows would otherwise slow the first run after this down (until autovacuum)
  if (rowCount) await client.query(`VACUUM "TimeEntry", "BillingDecision", "DecisionPart", "RetainerLedgerEntry", "AuditLog", "Notification"`);
  return rowCount ?? 0;
}
