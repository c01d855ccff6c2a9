-- CreateTable
CREATE TABLE "RetainerSnapshot" (
    "contractId" UUID NOT NULL,
    "asOf" TIMESTAMPTZ(3) NOT NULL,
    "lots" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RetainerSnapshot_pkey" PRIMARY KEY ("contractId")
);

-- AddForeignKey
ALTER TABLE "RetainerSnapshot" ADD CONSTRAINT "RetainerSnapshot_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: a ledger row dated before a snapshot's `asOf` makes the snapshot wrong, so
-- adding one deletes it (it is rebuilt from the ledger on the next re-decision). The trigger
-- takes the contract's billing lock first: a snapshot is only ever written under that lock,
-- so no insert can slip in between reading the ledger and writing the snapshot.
CREATE OR REPLACE FUNCTION "retainer_snapshot_invalidate"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('billing:contract:' || NEW."contractId"::text, 0));
  DELETE FROM "RetainerSnapshot" WHERE "contractId" = NEW."contractId" AND "asOf" > NEW."effectiveAt";
  RETURN NEW;
END;
$$;

CREATE TRIGGER "RetainerLedgerEntry_invalidate_snapshot"
  BEFORE INSERT ON "RetainerLedgerEntry"
  FOR EACH ROW EXECUTE FUNCTION "retainer_snapshot_invalidate"();

-- Hand-written: re-deciding reads a retainer contract's ledger from the snapshot on (or all of
-- it when there is none), summed into lots and draws: a covering index keeps it index-only.
CREATE INDEX "RetainerLedgerEntry_replay_idx" ON "RetainerLedgerEntry" ("contractId", "effectiveAt")
  INCLUDE ("expiresAt", "units", "timeEntryId", "id") WHERE "kind" <> 'expiry';
