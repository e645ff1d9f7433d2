-- AlterTable
ALTER TABLE "Edition" ADD COLUMN     "pendingDocumentFields" JSONB;
