-- Hand-written: the open tickets' queue columns, so the console's tab counts are answered from
-- the index alone (one count(*) FILTER per queue over open tickets).
CREATE INDEX "Ticket_open_queue_idx" ON "Ticket" ("status", "resolutionDueAt", "assigneeId", "teamId")
  WHERE "status" NOT IN ('resolved', 'closed') AND "mergedIntoId" IS NULL;
