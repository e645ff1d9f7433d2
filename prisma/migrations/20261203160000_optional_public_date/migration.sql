-- A page whose source shows no date is imported without one: the public date is optional, never invented.
ALTER TABLE "Edition" ALTER COLUMN "publicDate" DROP NOT NULL;
