-- Hand-written: full-text search over tickets and their comments for the console queues.
-- Expression indexes (the schema language cannot express them); queries must use the same
-- expressions: to_tsvector('simple', subject || ' ' || description) and to_tsvector('simple', body).
CREATE INDEX "Ticket_search_idx" ON "Ticket" USING gin (to_tsvector('simple', "subject" || ' ' || "description"));
CREATE INDEX "TicketComment_search_idx" ON "TicketComment" USING gin (to_tsvector('simple', "body"));
-- queue filters by assignee, SLA risk and keyset paging by due time
CREATE INDEX "Ticket_open_due_idx" ON "Ticket" ("resolutionDueAt" ASC NULLS LAST, "number") WHERE "status" NOT IN ('resolved', 'closed');
