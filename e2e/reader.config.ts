import { resolve } from "node:path";
import { defineConfig } from "@playwright/test";
import base from "../playwright.config";

/**
 * The reading site's journeys (e2e/reader-*.spec.ts) on the standard e2e database plus the reader fixtures
 * (lib/testing/reader-fixtures.ts): `npx playwright test --config e2e/reader.config.ts`.
 * Folding `seedReaderFixtures` into e2e/prepare-database.ts makes this file unnecessary.
 */
const webServer = Array.isArray(base.webServer) ? base.webServer[0] : base.webServer;
if (!webServer) throw new Error("playwright.config.ts has no webServer");

export default defineConfig({
  ...base,
  testDir: ".",
  testMatch: "reader-*.spec.ts",
  outputDir: "../test-results",
  webServer: {
    ...webServer,
    cwd: resolve(__dirname, ".."),
    command: webServer.command.replace(" && ", " && node node_modules/tsx/dist/cli.mjs e2e/reader-seed.ts && "),
  },
});
