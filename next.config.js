/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets parallel test runs build into separate folders (NEXT_DIST_DIR=.next-e2e-a); normal use keeps .next.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // PGlite ships WASM and data files that must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg"],
  // forbidden() renders app/admin/forbidden.tsx with a real 403 status (lib/auth/guards.ts).
  // Uploads to the media library come through a server action: a little over lib/media/limits.ts' MAX_UPLOAD_BYTES (20 MB)
  // so that the library's own check, with its clear message, is the one a writer meets.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "21mb" } },
  async headers() {
    return [
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
