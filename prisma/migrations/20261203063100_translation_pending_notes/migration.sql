-- AlterTable
ALTER TABLE "Localization" ADD COLUMN     "pendingNotes" JSONB NOT NULL DEFAULT '{}';
