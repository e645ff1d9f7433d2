-- AlterTable
ALTER TABLE "Edition" ADD COLUMN "contentHash" TEXT;

-- CreateTable
CREATE TABLE "ViewReceipt" (
    "documentId" TEXT NOT NULL,
    "readerKey" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ViewReceipt_pkey" PRIMARY KEY ("documentId","readerKey","windowStart")
);

-- CreateIndex
CREATE INDEX "ViewReceipt_windowStart_idx" ON "ViewReceipt"("windowStart");
