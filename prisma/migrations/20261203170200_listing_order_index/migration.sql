-- Lists, feeds, search and the API order by LISTING_ORDER (lib/public/listing-order.ts): public date newest first
-- with undated editions last, then publication. The index must say NULLS LAST too, or PostgreSQL sorts every listed
-- edition for each page. schema.prisma cannot state NULLS LAST; its @@index([state, publicDate(sort: Desc),
-- publishedAt(sort: Desc)]) describes this index in everything else (the drift check compares columns and directions).
DROP INDEX "Edition_state_publicDate_idx";
CREATE INDEX "Edition_state_publicDate_publishedAt_idx" ON "Edition" ("state", "publicDate" DESC NULLS LAST, "publishedAt" DESC);
