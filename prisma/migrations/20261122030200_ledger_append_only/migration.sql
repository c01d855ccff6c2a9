-- Hand-written: the retainer ledger is append-only. Corrections are new entries
-- (reversal, adjustment), never edits; the balance is the sum of the entries.
-- The schema engine does not model functions or triggers, so this is invisible to
-- drift detection and to future generated migrations: do not drop it by hand.

CREATE OR REPLACE FUNCTION "retainer_ledger_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'retainer ledger is append-only: % on "RetainerLedgerEntry" is not allowed', TG_OP
    USING HINT = 'Record a reversal or adjustment entry instead.';
END;
$$;

CREATE TRIGGER "RetainerLedgerEntry_append_only"
  BEFORE UPDATE OR DELETE ON "RetainerLedgerEntry"
  FOR EACH ROW EXECUTE FUNCTION "retainer_ledger_append_only"();
