-- AlterTable
ALTER TABLE "OutboundEmail" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "deliveredVia" TEXT,
ADD COLUMN     "messageId" TEXT;

-- CreateIndex
CREATE INDEX "OutboundEmail_sentAt_attempts_idx" ON "OutboundEmail"("sentAt", "attempts");
