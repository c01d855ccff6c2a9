-- AlterTable
ALTER TABLE "Ticket" ADD COLUMN     "searchVector" tsvector;

-- Hand-written from here (the generated CREATE INDEXes moved to the end, after the backfill).
-- The console's full-text search reads one stored document per ticket: subject, description and
-- every comment body, internal notes included, so it is for staff search only (the portal
-- searches subjects, never this column). The queue filters then combine with the search in one
-- GIN index scan. Triggers keep the document current on every write path (app, merges,
-- scripts, psql); the schema engine sees neither functions nor triggers (db:drift compares the
-- triggers by replaying the migrations). The document is "ticket_search_document"; the backfill
-- below and bench/data/search-vectors.ts compute the same thing set-based: keep them in step.

-- GIN over plain columns (priority, clientId) next to the tsvector; a trusted extension
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- the earlier search's expression indexes: unused now, and not worth maintaining in the backfill
DROP INDEX "Ticket_search_idx";
DROP INDEX "TicketComment_search_idx";

-- A tsvector holds at most 1 MB of distinct lexemes (more is an error, which would refuse the
-- next comment): the text is cut at 250,000 characters (under 1 MB even at 4 bytes each), newest
-- comments first so a long thread stays searchable by its latest messages.
CREATE FUNCTION "ticket_search_document"(ticket_id uuid, subject text, description text) RETURNS tsvector
LANGUAGE sql STABLE AS $$
  SELECT to_tsvector('simple', left(subject || ' ' || description || coalesce(' ' || (
    SELECT string_agg(c."body", ' ' ORDER BY c."createdAt" DESC, c."id" DESC) FROM "TicketComment" c WHERE c."ticketId" = ticket_id), ''), 250000))
$$;

-- a new ticket, or an edited subject or description
CREATE FUNCTION "ticket_search_vector_on_ticket"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND NEW."subject" IS NOT DISTINCT FROM OLD."subject" AND NEW."description" IS NOT DISTINCT FROM OLD."description" THEN
    RETURN NEW;
  END IF;
  NEW."searchVector" := "ticket_search_document"(NEW."id", NEW."subject", NEW."description");
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Ticket_search_vector"
  BEFORE INSERT OR UPDATE OF "subject", "description" ON "Ticket"
  FOR EACH ROW EXECUTE FUNCTION "ticket_search_vector_on_ticket"();

-- comments added, edited, moved (merges) or deleted: once per statement, for the tickets touched
CREATE FUNCTION "ticket_search_vector_on_comments"() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  ticket_ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    ticket_ids := ARRAY(SELECT DISTINCT n."ticketId" FROM new_comments n);
  ELSIF TG_OP = 'DELETE' THEN
    ticket_ids := ARRAY(SELECT DISTINCT o."ticketId" FROM old_comments o);
  ELSE
    -- the rows whose body or ticket changed; a moved comment counts for its old and new ticket
    ticket_ids := ARRAY(
      SELECT o."ticketId" FROM old_comments o
      WHERE NOT EXISTS (SELECT 1 FROM new_comments n WHERE n."id" = o."id" AND n."ticketId" = o."ticketId" AND n."body" = o."body")
      UNION
      SELECT n."ticketId" FROM new_comments n
      WHERE NOT EXISTS (SELECT 1 FROM old_comments o WHERE o."id" = n."id" AND o."ticketId" = n."ticketId" AND o."body" = n."body"));
  END IF;
  IF cardinality(ticket_ids) > 0 THEN
    UPDATE "Ticket" t SET "searchVector" = "ticket_search_document"(t."id", t."subject", t."description")
    WHERE t."id" = ANY (ticket_ids);
  END IF;
  RETURN NULL;
END;
$$;

-- statement triggers with transition tables (these cannot have column lists, hence three)
CREATE TRIGGER "TicketComment_search_vector_insert"
  AFTER INSERT ON "TicketComment" REFERENCING NEW TABLE AS new_comments
  FOR EACH STATEMENT EXECUTE FUNCTION "ticket_search_vector_on_comments"();
CREATE TRIGGER "TicketComment_search_vector_update"
  AFTER UPDATE ON "TicketComment" REFERENCING OLD TABLE AS old_comments NEW TABLE AS new_comments
  FOR EACH STATEMENT EXECUTE FUNCTION "ticket_search_vector_on_comments"();
CREATE TRIGGER "TicketComment_search_vector_delete"
  AFTER DELETE ON "TicketComment" REFERENCING OLD TABLE AS old_comments
  FOR EACH STATEMENT EXECUTE FUNCTION "ticket_search_vector_on_comments"();

-- Backfill: "ticket_search_document" written out, so the comment lookup runs as a subplan instead
-- of a function call per row. The migration is one transaction: the ALTER TABLE's lock holds off
-- every read and write of "Ticket" until the end (about 40 s for 500,000 tickets and 200,000
-- comments on the 2-core bench machine).
UPDATE "Ticket" t
SET "searchVector" = to_tsvector('simple', left(t."subject" || ' ' || t."description" || coalesce(' ' || (
  SELECT string_agg(c."body", ' ' ORDER BY c."createdAt" DESC, c."id" DESC) FROM "TicketComment" c WHERE c."ticketId" = t."id"), ''), 250000));

-- CreateIndex (generated; built once after the backfill instead of row by row)
CREATE INDEX "Ticket_search_filters_idx" ON "Ticket" USING GIN ("searchVector", "priority" enum_ops, "clientId" uuid_ops);

-- CreateIndex (generated): the sort of the queues over all tickets; the open queues keep the
-- partial "Ticket_open_due_idx"
CREATE INDEX "Ticket_due_number_idx" ON "Ticket"("resolutionDueAt", "number");
