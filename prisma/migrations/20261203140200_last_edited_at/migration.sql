-- AlterTable
ALTER TABLE "Edition" ADD COLUMN "lastEditedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Localization" ADD COLUMN "lastEditedAt" TIMESTAMP(3);

-- Backfill from the revisions (each text change made one); "updatedAt" also moved on publishing, so it is not used.
UPDATE "Localization" AS l
SET "lastEditedAt" = COALESCE((SELECT MAX(r."createdAt") FROM "Revision" AS r WHERE r."localizationId" = l."id"), l."createdAt")
WHERE l."lastEditedById" IS NOT NULL;

UPDATE "Edition" AS e
SET "lastEditedAt" = COALESCE(
  (SELECT MAX(r."createdAt") FROM "Revision" AS r JOIN "Localization" AS l ON l."id" = r."localizationId"
   WHERE l."editionId" = e."id" AND l."isOriginal"),
  e."createdAt")
WHERE e."lastEditedById" IS NOT NULL;
