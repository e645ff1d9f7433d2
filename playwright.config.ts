import { defineConfig, devices } from "@playwright/test";

/**
 * Browser journeys against the built app on a throwaway embedded database (e2e/prepare-database.ts makes it),
 * in Debian's Chromium: Playwright cannot download its own browsers here.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_DATA_DIR = process.env.E2E_DATA_DIR ?? ".data/e2e";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run"],
    },
  },
  projects: [
    // Each demo account signs in once; journeys that start signed in reuse its saved session (e2e/support/staff.ts).
    { name: "staff sessions", testMatch: /staff-sessions\.setup\.ts$/, use: { ...devices["Desktop Chrome"] } },
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, dependencies: ["staff sessions"] },
  ],
  webServer: {
    command: `node node_modules/tsx/dist/cli.mjs e2e/prepare-database.ts && node node_modules/next/dist/bin/next start -p ${PORT}`,
    url: `http://127.0.0.1:${PORT}/en`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    env: {
      CHANCERY_DATA_DIR: E2E_DATA_DIR,
      NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
      NEXTAUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e",
      CHANCERY_DEMO: "true",
      // Scheduled releases in the journeys go live within seconds of their time, not half a minute.
      CHANCERY_SCHEDULER_INTERVAL_SECONDS: "3",
      NEXT_TELEMETRY_DISABLED: "1",
      ...(process.env.NEXT_DIST_DIR ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}),
    },
  },
});
