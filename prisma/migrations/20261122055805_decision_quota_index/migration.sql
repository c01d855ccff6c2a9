-- AlterTable
ALTER TABLE "BillingDecision" ADD COLUMN     "contractId" UUID,
ADD COLUMN     "workStartedAt" TIMESTAMPTZ(3);

-- Hand-written: fill the copies for decisions made before, then the index the month's
-- help-desk sessions are read from (only current decisions that used a session).
UPDATE "BillingDecision" d SET "contractId" = e."contractId", "workStartedAt" = e."startedAt"
FROM "TimeEntry" e WHERE e.id = d."timeEntryId";

CREATE INDEX "BillingDecision_quota_idx" ON "BillingDecision" ("contractId", "workStartedAt")
  INCLUDE ("quotaSessions") WHERE "isCurrent" AND "quotaSessions" > 0;
