// eslint-disable-next-line @typescript-eslint/no-require-imports -- this file is CommonJS; the limits module is shared with lib/
const { SERVER_ACTION_BODY_LIMIT } = require("./lib/validation/upload-limits.mjs");

// No page of the site needs any of these browser features; an injected script or frame gets none of them either.
const PERMISSIONS_POLICY = [
  "accelerometer=()", "autoplay=()", "camera=()", "display-capture=()", "encrypted-media=()", "fullscreen=()",
  "geolocation=()", "gyroscope=()", "magnetometer=()", "microphone=()", "midi=()", "payment=()",
  "picture-in-picture=()", "publickey-credentials-get=()", "screen-wake-lock=()", "sync-xhr=()", "usb=()",
  "xr-spatial-tracking=()",
].join(", ");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Lets parallel test runs build into separate folders (NEXT_DIST_DIR=.next-e2e-a); normal use keeps .next.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // PGlite ships WASM and data files that must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "pg", "ioredis"],
  // forbidden() renders app/workspace/forbidden.tsx with a real 403 status (lib/auth/guards.ts).
  // Server actions carry media uploads and imported pages: a little above the larger limit (lib/validation/upload-limits.mjs).
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT } },
  // Next.js' file-system page cache, storing with each page the Content-Security-Policy of its inline scripts.
  cacheHandler: require.resolve("./lib/security/page-cache-handler.mjs"),
  // The staff workspace was served under /admin until December 2026: bookmarks and links in old mails still work.
  async redirects() {
    return [
      { source: "/admin", destination: "/workspace", permanent: true },
      { source: "/admin/:path*", destination: "/workspace/:path*", permanent: true },
    ];
  },
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
          { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
      {
        // Embargoed texts behind personal links (lib/embargo): for the recipient only, never stored or indexed.
        source: "/:locale/embargoed/:token",
        headers: [
          { key: "Cache-Control", value: "private, no-store" },
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "Referrer-Policy", value: "no-referrer" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
