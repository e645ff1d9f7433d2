-- AlterTable
ALTER TABLE "Localization" ADD COLUMN     "changeNote" TEXT;
