import { defineConfig } from "prisma/config";

// Only the Prisma CLI reads this file. The app connects through lib/db (PGlite or PostgreSQL driver adapters);
// migrations are applied by lib/db/migrate.ts, which records them exactly as `prisma migrate deploy` would.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/chancery" },
});
