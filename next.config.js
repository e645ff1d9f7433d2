/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets parallel test runs build into separate folders (NEXT_DIST_DIR=.next-e2e-a); normal use keeps .next.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // PGlite ships WASM and data files that must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg"],
  // forbidden() renders app/admin/forbidden.tsx with a real 403 status (lib/auth/guards.ts).
  // Server actions carry pasted and imported pages: above MAX_IMPORT_REQUEST_BYTES (app/admin/import/import-limits.ts).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "5mb" } },
  async headers() {
    return [
      // Preview links show unpublished text to whoever holds one: never stored by a cache, never indexed.
      {
        source: "/:locale/preview/:token",
        headers: [
          { key: "Cache-Control", value: "private, no-store" },
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
        ],
      },
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
