-- Hand-written: a technician's open tickets, so the "Mine" tab count (taken fresh on every queue
-- page) is an index-only scan of their own tickets instead of a walk over every open ticket.
CREATE INDEX "Ticket_open_assignee_idx" ON "Ticket" ("assigneeId")
  WHERE "status" NOT IN ('resolved', 'closed') AND "mergedIntoId" IS NULL;
