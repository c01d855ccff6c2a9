-- CreateIndex
CREATE INDEX "TimeEntry_estimateId_idx" ON "TimeEntry"("estimateId");

-- Hand-written: covering partial indexes for summing a month of billable work (invoice run,
-- reviews): the current decision of each entry, and the billable parts with their amounts.
CREATE INDEX "BillingDecision_current_entry_idx" ON "BillingDecision" ("timeEntryId") INCLUDE ("id") WHERE "isCurrent";
CREATE INDEX "DecisionPart_billable_idx" ON "DecisionPart" ("decisionId") INCLUDE ("amount", "minutes", "rate") WHERE "outcome" = 'billable';
