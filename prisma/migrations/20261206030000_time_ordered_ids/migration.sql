-- Hand-written: time-ordered ids (UUID version 7, RFC 9562) for the rows logging time appends
-- (entries, decisions, their parts, retainer ledger rows). Random ids put every new row's key,
-- and the keys of the rows that point at it, on a random page of each index: a full page image
-- in the WAL and an uncached page per index per entry. Time-ordered ids are appended where
-- the recent ones are. Written in SQL so it works on every supported PostgreSQL (18 has a
-- built-in uuidv7()).
CREATE FUNCTION uuid_v7() RETURNS uuid LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
  SELECT encode(
    set_bit(set_bit(
      overlay(uuid_send(gen_random_uuid())
        PLACING substring(int8send((extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
        FROM 1 FOR 6),
      52, 1), 53, 1),
    'hex')::uuid
$$;

-- AlterTable
ALTER TABLE "TimeEntry" ALTER COLUMN "id" SET DEFAULT uuid_v7();
ALTER TABLE "BillingDecision" ALTER COLUMN "id" SET DEFAULT uuid_v7();
ALTER TABLE "DecisionPart" ALTER COLUMN "id" SET DEFAULT uuid_v7();
ALTER TABLE "RetainerLedgerEntry" ALTER COLUMN "id" SET DEFAULT uuid_v7();
